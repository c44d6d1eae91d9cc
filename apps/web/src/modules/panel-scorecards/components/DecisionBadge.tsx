import type { HiringDecisionKind } from '../../../generated/graphql';
import { DECISION_LABELS } from '../utils/format-figures';

/** "Hire" / "No hire" / "Hold" as a labelled badge (the word carries the meaning, colour only helps). */
export function DecisionBadge({ decision }: { decision: HiringDecisionKind }) {
  return <span className={`decision-badge decision-badge--${decision.toLowerCase().replace('_', '-')}`}>{DECISION_LABELS[decision]}</span>;
}
