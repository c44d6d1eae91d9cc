import type { MemberStatus } from '../../../generated/graphql';
import { STATUS_LABELS } from '../utils/member-labels';

export function StatusBadge({ status }: { status: MemberStatus }) {
  return <span className={`badge badge--${status.toLowerCase()}`}>{STATUS_LABELS[status]}</span>;
}
