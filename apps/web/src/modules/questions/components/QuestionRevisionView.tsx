import type { ReactNode } from 'react';
import type { QuestionRevisionFieldsFragment } from '../../../generated/graphql';
import { QuestionLabel } from './QuestionLabel';
import { QuestionRubric } from './QuestionRubric';
import '../questions.css';

/** The prompt and rubric of one revision, laid out for use during a live interview. */
export function QuestionRevisionView({ revision, heading }: { revision: QuestionRevisionFieldsFragment; heading?: ReactNode }) {
  return (
    <div className="question-view">
      <section className="card question-prompt" aria-labelledby="prompt-heading">
        <p id="prompt-heading" className="eyebrow">
          Ask
        </p>
        <QuestionLabel label={revision.label} />
        {heading ?? <p className="question-prompt__text">{revision.prompt}</p>}
        {revision.code ? (
          <pre className="code-block" aria-label="Code for the question">
            <code>{revision.code}</code>
          </pre>
        ) : null}
      </section>

      <div className="card">
        <QuestionRubric revision={revision} />
      </div>
    </div>
  );
}
