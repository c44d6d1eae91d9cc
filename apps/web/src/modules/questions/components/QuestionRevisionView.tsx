import type { ReactNode } from 'react';
import type { QuestionRevisionFieldsFragment } from '../../../generated/graphql';
import { QuestionLabel } from './QuestionLabel';
import { RichText } from './RichText';
import '../questions.css';

/** The prompt and rubric of one revision, laid out for use during a live interview. */
export function QuestionRevisionView({ revision, heading }: { revision: QuestionRevisionFieldsFragment; heading?: ReactNode }) {
  const { rubric } = revision;
  const guidance: Array<[string, string | null]> = [
    ['What to expect', rubric.whatToExpect],
    ['Reference answer', rubric.referenceAnswer],
    ['Interviewer guidance', rubric.interviewerGuidance],
    ['Sample answer', rubric.sampleAnswer],
  ];
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
        {revision.followUps.length > 0 ? (
          <div className="follow-ups">
            <h3 className="eyebrow">Follow-up questions</h3>
            <ol>
              {revision.followUps.map((followUp, index) => (
                <li key={index}>{followUp}</li>
              ))}
            </ol>
          </div>
        ) : null}
      </section>

      <div className="rubric-points">
        <section className="rubric-list rubric-list--look" aria-labelledby="look-for-heading">
          <h2 id="look-for-heading">Look for</h2>
          {rubric.lookFor.length > 0 ? (
            <ul>
              {rubric.lookFor.map((point, index) => (
                <li key={index}>{point}</li>
              ))}
            </ul>
          ) : (
            <p className="muted small">No Look-for points yet.</p>
          )}
        </section>
        <section className="rubric-list rubric-list--red" aria-labelledby="red-flags-heading">
          <h2 id="red-flags-heading">Red flags</h2>
          {rubric.redFlags.length > 0 ? (
            <ul>
              {rubric.redFlags.map((point, index) => (
                <li key={index}>{point}</li>
              ))}
            </ul>
          ) : (
            <p className="muted small">No Red-flag points yet.</p>
          )}
        </section>
      </div>

      {guidance.map(([title, text]) =>
        text ? (
          <section key={title} className="card guidance" aria-label={title}>
            <h2>{title}</h2>
            <RichText text={text} />
          </section>
        ) : null,
      )}
    </div>
  );
}
