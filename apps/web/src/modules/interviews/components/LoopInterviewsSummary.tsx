import type { LoopSummaryFragment } from '../../../generated/graphql';
import { formatInterviewTime } from '../utils/interview-time';
import { PanelSeats } from './PanelSeats';

type SummaryInterview = LoopSummaryFragment['interviews'][number];

const nameOf = (interview: SummaryInterview) => interview.roundName ?? interview.kit.title;

/** A loop's interviews in one short list: round, time and the panel's status chips. */
export function LoopInterviewsSummary({ interviews }: { interviews: readonly SummaryInterview[] }) {
  if (interviews.length === 0) return <p className="muted small">No interviews scheduled yet.</p>;
  return (
    <ul className="loop-summary">
      {interviews.map((interview) => (
        <li key={interview.id} className="loop-summary__interview">
          <span className="loop-summary__round">{nameOf(interview)}</span>
          <time className="loop-summary__time muted small" dateTime={interview.scheduledAt}>
            {formatInterviewTime(interview.scheduledAt)}
          </time>
          <PanelSeats seats={interview.panel} label={`Panel of ${nameOf(interview)}`} compact />
        </li>
      ))}
    </ul>
  );
}
