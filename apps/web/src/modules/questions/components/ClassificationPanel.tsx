import type { QuestionRevisionFieldsFragment } from '../../../generated/graphql';
import { DIFFICULTY_LABELS, TYPE_LABELS, competencyLabel } from '../../format';
import '../questions.css';

type Revision = QuestionRevisionFieldsFragment;

/** Type, difficulty, competencies and tags, each with the rule (or person) that chose it. */
export function ClassificationPanel({ revision }: { revision: Revision }) {
  const { classification } = revision;
  const reasons: Array<{ label: string; value: string; reason: string }> = [
    { label: 'Type', value: TYPE_LABELS[revision.type], reason: classification.type.reason },
    { label: 'Difficulty', value: DIFFICULTY_LABELS[revision.difficulty], reason: classification.difficulty.reason },
    ...classification.competencies.map((c) => ({ label: 'Competency', value: competencyLabel(c.value), reason: c.reason })),
    ...classification.tags.map((t) => ({ label: 'Technology', value: t.value, reason: t.reason })),
  ];
  const reasonOf = (value: string) => reasons.find((r) => r.value === value)?.reason;
  return (
    <section className="side-section" aria-labelledby="classification-heading">
      <h2 id="classification-heading" className="side-section__title">
        Classification
      </h2>
      <dl className="classification">
        <div>
          <dt>Type</dt>
          <dd>
            <span className={`chip chip--type chip--${revision.type.toLowerCase()}`} title={classification.type.reason}>
              {TYPE_LABELS[revision.type]}
            </span>
          </dd>
        </div>
        <div>
          <dt>Difficulty</dt>
          <dd>
            <span className="chip chip--difficulty" title={classification.difficulty.reason}>
              {DIFFICULTY_LABELS[revision.difficulty]}
            </span>
          </dd>
        </div>
        <div>
          <dt>Competencies</dt>
          <dd>
            {revision.competencies.length ? (
              revision.competencies.map((value) => (
                <span key={value} className="chip" title={reasonOf(competencyLabel(value))}>
                  {competencyLabel(value)}
                </span>
              ))
            ) : (
              <span className="muted small">None</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Technology</dt>
          <dd>
            {revision.tags.length ? (
              revision.tags.map((tag) => (
                <span key={tag} className="chip chip--tag" title={reasonOf(tag)}>
                  {tag}
                </span>
              ))
            ) : (
              <span className="muted small">None</span>
            )}
          </dd>
        </div>
      </dl>
      <details className="disclosure why">
        <summary>Why these labels?</summary>
        <ul className="why__list">
          {reasons.map((reason, index) => (
            <li key={index}>
              <strong>
                {reason.label}: {reason.value}
              </strong>{' '}
              — {reason.reason}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
