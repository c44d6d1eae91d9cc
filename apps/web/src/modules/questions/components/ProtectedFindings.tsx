import type { QuestionFieldsFragment } from '../../../generated/graphql';
import { categoryLabel, fieldLabel } from '../../format';
import '../questions.css';

export const PROTECTED_EXPLANATION =
  'Asking about, or rewarding answers that reveal, a protected characteristic such as age, family, religion, health or nationality invites bias and can be unlawful in hiring.';

/** A warning box listing the words that may invite a candidate to disclose a protected characteristic. */
export function ProtectedFindings({ findings }: { findings: QuestionFieldsFragment['protectedFindings'] }) {
  if (findings.length === 0) return null;
  return (
    <div className="alert alert--warning" role="note" aria-labelledby="protected-heading">
      <h2 id="protected-heading" className="alert__title">
        May invite disclosure of a protected characteristic
      </h2>
      <p>{PROTECTED_EXPLANATION} Reword these parts before using the question:</p>
      <ul className="findings">
        {findings.map((finding, index) => (
          <li key={index}>
            <mark className="finding__match">{finding.match}</mark> in <strong>{fieldLabel(finding.field)}</strong>{' '}
            <span className="muted">({categoryLabel(finding.category)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
