import type { AnswerDraft } from '@panelist/scorecards';
import type { Ref } from 'react';
import { TYPE_LABELS } from '../../format';
import { Field } from '../../ui';
import { sectionTitle, type InterviewKit, type KitQuestion } from '../utils/interview-kit';
import { QuestionLabel, QuestionRubric } from '../../questions';
import { RatingRadioGroup } from './RatingRadioGroup';

interface QuestionStepProps {
  kit: InterviewKit;
  question: KitQuestion;
  total: number;
  answer: AnswerDraft;
  onRate: (rating: number) => void;
  onNotAsked: () => void;
  onClear: () => void;
  onNotes: (notes: string) => void;
  headingRef: Ref<HTMLHeadingElement>;
  notesRef: Ref<HTMLTextAreaElement>;
}

/** One question: prompt and code, the rating on the kit's scale, the notes, and the rubric beside them. */
export function QuestionStep({
  kit,
  question,
  total,
  answer,
  onRate,
  onNotAsked,
  onClear,
  onNotes,
  headingRef,
  notesRef,
}: QuestionStepProps) {
  const section = kit.sections[question.sectionIndex];
  const answered = answer.rating !== null || answer.notAsked;
  const headingId = `question-${question.questionId}-heading`;
  return (
    <article className="im-question" aria-labelledby={headingId} data-testid="question-step">
      <div className="im-question__main">
        <div className="im-question__meta">
          <span className="eyebrow">
            Question {question.number} of {total} · {section ? sectionTitle(section) : ''}
          </span>
          <span className={`chip chip--type chip--${question.revision.type.toLowerCase()}`}>{TYPE_LABELS[question.revision.type]}</span>
          <span className="muted small">{question.plannedMinutes} min planned</span>
        </div>
        <QuestionLabel label={question.revision.label} />
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="im-question__prompt">
          <span className="im-question__number">Q{question.number}</span> {question.revision.prompt}
        </h2>
        {question.revision.code ? (
          <pre className="code-block" aria-label="Code for the question">
            <code>{question.revision.code}</code>
          </pre>
        ) : null}

        <section className="im-question__rating" aria-labelledby={`${headingId}-rating`}>
          <div className="im-question__rating-head">
            <h3 id={`${headingId}-rating`}>Rating</h3>
            {answered ? (
              <button type="button" className="link-button" onClick={onClear}>
                Clear
              </button>
            ) : (
              <span className="muted small">Not rated yet</span>
            )}
          </div>
          <RatingRadioGroup
            label={`Rating for Q${question.number}`}
            scale={kit.ratingScale}
            value={answer.rating}
            onRate={onRate}
            notAsked={{ checked: answer.notAsked, onChoose: onNotAsked }}
            showAnchors
            showKeys
          />
        </section>

        <Field
          label="Notes"
          hint="The evidence behind the rating: what the candidate said and did. Press n to write, Esc to leave the notes."
        >
          {(control) => (
            <textarea
              {...control}
              ref={notesRef}
              className="input textarea im-question__notes"
              rows={7}
              value={answer.notes}
              onChange={(event) => onNotes(event.target.value)}
              data-testid="question-notes"
            />
          )}
        </Field>
      </div>
      <aside className="im-question__rubric card" aria-label={`Rubric for Q${question.number}`}>
        <QuestionRubric revision={question.revision} />
      </aside>
    </article>
  );
}
