import type { AnswerDraft } from '@panelist/scorecards';
import type { Ref } from 'react';
import { TYPE_LABELS } from '../../format';
import { Field } from '../../ui';
import { sectionTitle, type InterviewKit, type KitQuestion } from '../utils/interview-kit';
import { QuestionLabel, QuestionRubric } from '../../questions';
import { RatingRadioGroup } from './RatingRadioGroup';
import { ScaleAnchors } from './ScaleAnchors';

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
  /** On a phone the rating sits in the sticky bar at the bottom; here the scale's anchors stay readable. */
  ratingInBar?: boolean;
  /** A touch screen: no keyboard hints. */
  touch?: boolean;
}

/**
 * One question. In reading order: the prompt and code, the rubric, then the scoring (the rating on the
 * kit's scale and the notes), so the interviewer reads what to look for before judging. On a wide
 * screen the scoring sits beside the question and stays in view however long the prompt and rubric are.
 */
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
  ratingInBar = false,
  touch = false,
}: QuestionStepProps) {
  const section = kit.sections[question.sectionIndex];
  const answered = answer.rating !== null || answer.notAsked;
  const headingId = `question-${question.questionId}-heading`;
  return (
    <article className="im-question" aria-labelledby={headingId} data-testid="question-step">
      <div className="im-question__head">
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
      </div>

      <aside className="im-question__rubric card" aria-label={`Rubric for Q${question.number}`} data-testid="question-rubric">
        <QuestionRubric revision={question.revision} />
      </aside>

      <div className="im-question__scoring">
        {ratingInBar ? (
          <ScaleAnchors scale={kit.ratingScale} value={answer.notAsked ? null : answer.rating} />
        ) : (
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
              showKeys={!touch}
            />
          </section>
        )}

        <div className="im-question__notes-field">
          <Field
            label="Notes"
            hint={
              touch
                ? 'The evidence behind the rating: what the candidate said and did.'
                : 'The evidence behind the rating: what the candidate said and did. Press n to write, Esc to leave the notes.'
            }
          >
            {(control) => (
              <textarea
                {...control}
                ref={notesRef}
                className="input textarea im-question__notes"
                rows={3}
                value={answer.notes}
                onChange={(event) => onNotes(event.target.value)}
                data-testid="question-notes"
              />
            )}
          </Field>
        </div>
      </div>
    </article>
  );
}
