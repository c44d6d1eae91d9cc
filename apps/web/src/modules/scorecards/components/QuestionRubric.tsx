import type { InterviewModeQuestionFieldsFragment } from '../../../generated/graphql';
import { RichText } from '../../questions';

type Revision = InterviewModeQuestionFieldsFragment['revision'];

function PointList({ title, points, tone }: { title: string; points: readonly string[]; tone: 'look' | 'red' }) {
  if (!points.length) return null;
  return (
    <section className={`rubric-list rubric-list--${tone} im-rubric__list`} aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {points.map((point, index) => (
          <li key={index}>{point}</li>
        ))}
      </ul>
    </section>
  );
}

function Guidance({ title, text }: { title: string; text: string | null }) {
  if (!text?.trim()) return null;
  return (
    <section className="im-rubric__guidance" aria-label={title}>
      <h3>{title}</h3>
      <RichText text={text} />
    </section>
  );
}

/** Everything the kit says about judging the answer, beside the question: points first, prose after. */
export function QuestionRubric({ revision }: { revision: Revision }) {
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
    <div className="im-rubric">
      <h2 className="im-rubric__title">Rubric</h2>
      {empty ? <p className="muted small">This question has no rubric. Rate against the scale’s anchors.</p> : null}
      <PointList title="Look for" points={rubric.lookFor} tone="look" />
      <PointList title="Red flags" points={rubric.redFlags} tone="red" />
      {revision.followUps.length ? (
        <section className="im-rubric__guidance" aria-label="Follow-up questions">
          <h3>Follow-up questions</h3>
          <ol className="im-rubric__follow-ups">
            {revision.followUps.map((followUp, index) => (
              <li key={index}>{followUp}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <Guidance title="Reference answer" text={rubric.referenceAnswer} />
      <Guidance title="What to expect" text={rubric.whatToExpect} />
      <Guidance title="Interviewer guidance" text={rubric.interviewerGuidance} />
      {rubric.sampleAnswer?.trim() ? (
        <details className="disclosure im-rubric__sample">
          <summary>Sample answer</summary>
          <RichText text={rubric.sampleAnswer} />
        </details>
      ) : null}
    </div>
  );
}
