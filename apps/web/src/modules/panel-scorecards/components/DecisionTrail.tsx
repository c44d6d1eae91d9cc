import { formatDecidedAt } from '../utils/format-figures';
import type { HiringDecision } from '../utils/panel-types';
import { DecisionBadge } from './DecisionBadge';

/** Every decision recorded for the candidate, newest first, with who, when and why. Never edited. */
export function DecisionTrail({ decisions }: { decisions: readonly HiringDecision[] }) {
  if (decisions.length === 0) return <p className="muted">No decision recorded yet.</p>;
  return (
    <ol className="decision-trail" aria-label="Decision trail" data-testid="decision-trail">
      {decisions.map((entry, index) => (
        <li key={entry.id} className="decision-trail__entry" data-testid="decision-trail-entry">
          <p className="decision-trail__head">
            <DecisionBadge decision={entry.decision} />
            <span>
              by <strong>{entry.decidedByName}</strong> on <time dateTime={entry.decidedAt}>{formatDecidedAt(entry.decidedAt)}</time>
            </span>
            {index === 0 ? <span className="muted small">current</span> : <span className="muted small">superseded</span>}
          </p>
          <blockquote className="decision-trail__rationale">{entry.rationale}</blockquote>
        </li>
      ))}
    </ol>
  );
}
