import type { LoopPanelSeatFragment } from '../../../generated/graphql';
import { formatShortTime } from '../utils/interview-time';
import { SeatStatus } from './SeatStatus';

interface PanelSeatsProps {
  seats: readonly LoopPanelSeatFragment[];
  /** Names the list for screen readers, e.g. "Panel of System design". */
  label: string;
  /** One line of chips (job and candidate pages) instead of one row per interviewer. */
  compact?: boolean;
}

/**
 * Who sits on an interview and how far each scorecard is. Each seat is `data-testid="panel-seat"`
 * with `data-interviewer` and `data-status`; its status text is `data-testid="panel-seat-status"`.
 */
export function PanelSeats({ seats, label, compact = false }: PanelSeatsProps) {
  if (seats.length === 0) return <p className="muted small">Nobody on the panel.</p>;
  return (
    <ul className={`panel-seats${compact ? ' panel-seats--compact' : ''}`} aria-label={label}>
      {seats.map((seat) => (
        <li
          key={seat.id}
          className="panel-seat"
          data-testid="panel-seat"
          data-interviewer={seat.interviewer.name}
          data-status={seat.status}
        >
          <span className="panel-seat__name">{seat.interviewer.name}</span>
          <SeatStatus status={seat.status} />
          {!compact && seat.submittedAt ? (
            <span className="panel-seat__when muted small">
              {formatShortTime(seat.submittedAt)}
              {seat.amendments > 0 ? ` · amended ${seat.amendments === 1 ? 'once' : `${seat.amendments} times`}` : ''}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
