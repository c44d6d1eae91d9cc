import type { ScorecardStatus } from '../../../generated/graphql';
import { SEAT_STATUS_DESCRIPTIONS, SEAT_STATUS_LABELS } from '../utils/panel-status';

/** A shape per status, so the status never depends on colour alone. */
function StatusIcon({ status }: { status: ScorecardStatus }) {
  switch (status) {
    case 'PENDING':
      return (
        <svg className="seat-status__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2.5 2" />
        </svg>
      );
    case 'DRAFT':
      return (
        <svg className="seat-status__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" />
        </svg>
      );
    case 'SUBMITTED':
      return (
        <svg className="seat-status__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" fill="currentColor" />
          <path d="m5 8.2 2 2 4-4.2" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
  }
}

/** "Submitted" / "Draft" / "Pending" as text, icon and colour. */
export function SeatStatus({ status }: { status: ScorecardStatus }) {
  return (
    <span
      className={`seat-status seat-status--${status.toLowerCase()}`}
      title={SEAT_STATUS_DESCRIPTIONS[status]}
      data-testid="panel-seat-status"
    >
      <StatusIcon status={status} />
      {SEAT_STATUS_LABELS[status]}
    </span>
  );
}
