import type { QuestionRubricFieldsFragment } from '../../../generated/graphql';
import { InlineText, RichText } from './RichText';
import '../questions.css';

export interface RubricRevision {
  rubric: QuestionRubricFieldsFragment;
  followUps: readonly string[];
}

function PointList({ title, points, tone }: { title: string; points: readonly string[]; tone: 'look' | 'red' }) {
  if (!points.length) return null;
  return (
    <section className={`rubric-list rubric-list--${tone} rubric-view__list`} aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {points.map((point, index) => (
          <li key={index}>
            <InlineText text={point} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Guidance({ title, text }: { title: string; text: string | null }) {
  if (!text?.trim()) return null;
  return (
    <section className="rubric-view__guidance" aria-label={title}>
      <h3>{title}</h3>
      <RichText text={text} />
    </section>
  );
}

/**
 * Everything a question says about judging the answer, the same in interview mode, the kit preview,
 * the printed kit and the bank: points first, prose after, code as code, nothing for empty fields.
 * `printable` opens the sample answer (a closed disclosure prints as its summary only).
 */
export function QuestionRubric({ revision, printable = false }: { revision: RubricRevision; printable?: boolean }) {
  const { rubric } = revision;
  const empty =
    !rubric.lookFor.length &&
    !rubric.redFlags.length &&
    !rubric.referenceAnswer &&
    !rubric.whatToExpect &&
    !rubric.interviewerGuidance &&
    !rubric.sampleAnswer &&
    !revision.followUps.length;
  return (
    <div className="rubric-view">
      <h2 className="rubric-view__title">Rubric</h2>
      {empty ? <p className="muted small">This question has no rubric. Rate against the scale’s anchors.</p> : null}
      <PointList title="Look for" points={rubric.lookFor} tone="look" />
      <PointList title="Red flags" points={rubric.redFlags} tone="red" />
      {revision.followUps.length ? (
        <section className="rubric-view__guidance" aria-label="Follow-up questions">
          <h3>Follow-up questions</h3>
          <ol className="rubric-view__follow-ups">
            {revision.followUps.map((followUp, index) => (
              <li key={index}>
                <InlineText text={followUp} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <Guidance title="Reference answer" text={rubric.referenceAnswer} />
      <Guidance title="What to expect" text={rubric.whatToExpect} />
      <Guidance title="Interviewer guidance" text={rubric.interviewerGuidance} />
      {rubric.sampleAnswer?.trim() ? (
        <details className="disclosure rubric-view__sample" open={printable || undefined}>
          <summary>Sample answer</summary>
          <RichText text={rubric.sampleAnswer} />
        </details>
      ) : null}
    </div>
  );
}
