import type { BankHealthQuery } from '../../../generated/graphql';
import { categoryLabel, fieldLabel } from '../../format';
import { PROTECTED_EXPLANATION } from '../../questions';
import { Count, QuestionLink } from './HealthParts';
import '../bank-health.css';

/** Questions whose text may invite disclosure of a protected characteristic, with what matched where. */
export function ProtectedSection({ health }: { health: BankHealthQuery['bankHealth'] }) {
  return (
    <section className="card card--flush" id="protected" aria-labelledby="protected-section-heading">
      <div className="card__header">
        <h2 id="protected-section-heading">
          May invite disclosure of a protected characteristic <Count value={health.protectedCharacteristics.length} />
        </h2>
        <p className="muted">{PROTECTED_EXPLANATION}</p>
      </div>
      {health.protectedCharacteristics.length === 0 ? (
        <div className="card__body">
          <p className="health-ok">No question or model answer mentions age, family, religion, health or nationality.</p>
        </div>
      ) : (
        <ul className="health-list">
          {health.protectedCharacteristics.map((question) => (
            <li key={question.id}>
              <QuestionLink question={question} />
              <ul className="findings">
                {question.protectedFindings.map((finding, index) => (
                  <li key={index}>
                    <mark className="finding__match">{finding.match}</mark> in <strong>{fieldLabel(finding.field)}</strong>{' '}
                    <span className="muted">({categoryLabel(finding.category)})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
