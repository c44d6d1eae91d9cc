import { Link } from 'react-router';
import type { MyInterviewsQuery } from '../../../generated/graphql';
import { SeatStatus } from './SeatStatus';
import { formatInterviewTime } from '../utils/interview-time';
import { scoringActionLabel } from '../utils/scoring-action';
import { PHONE_QUERY, useMediaQuery } from '../../ui';

type MyInterview = MyInterviewsQuery['myInterviews'][number];

interface MyInterviewsTableProps {
  caption: string;
  interviews: readonly MyInterview[];
}

function ScoringLinks({ interview }: { interview: MyInterview }) {
  const status = interview.myScorecard?.status ?? 'PENDING';
  const submitted = status === 'SUBMITTED';
  return (
    <>
      <Link
        to={`/interviews/${interview.id}`}
        className={`button button--small${submitted ? '' : ' button--primary'}`}
        aria-label={`${scoringActionLabel(status)}: ${interview.candidate.name}, ${interview.roundName ?? interview.kit.title}`}
      >
        {scoringActionLabel(status)}
      </Link>
      {submitted ? (
        <Link
          to={`/loops/${interview.loopId}/scorecard`}
          className="button button--small"
          aria-label={`Panel scorecard: ${interview.candidate.name}`}
        >
          Panel scorecard
        </Link>
      ) : null}
    </>
  );
}

/** On a phone: one card per interview, the way into scoring in full width under it (no sideways scrolling). */
function MyInterviewCards({ caption, interviews }: MyInterviewsTableProps) {
  return (
    <ul className="my-interview-cards" aria-label={caption}>
      {interviews.map((interview) => (
        <li key={interview.id} className="card my-interview-card" data-testid="my-interview">
          <div className="my-interview-card__head">
            <h3>{interview.candidate.name}</h3>
            <SeatStatus status={interview.myScorecard?.status ?? 'PENDING'} />
          </div>
          <p>
            {interview.jobTitle}
            {interview.roundName ? <span className="muted"> · {interview.roundName}</span> : null}
          </p>
          <p className="muted small">
            <time dateTime={interview.scheduledAt}>{formatInterviewTime(interview.scheduledAt)}</time> · {interview.durationMinutes} min ·
            Kit: {interview.kit.title}
          </p>
          <div className="my-interview-card__actions">
            <ScoringLinks interview={interview} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** One row per interview: who, for which job and round, when, with which kit, and the way into scoring. */
export function MyInterviewsTable({ caption, interviews }: MyInterviewsTableProps) {
  const phone = useMediaQuery(PHONE_QUERY);
  if (phone) return <MyInterviewCards caption={caption} interviews={interviews} />;
  return (
    <div className="card card--flush table-wrap">
      <table className="table table--my-interviews">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Job and round</th>
            <th scope="col">When</th>
            <th scope="col">Kit</th>
            <th scope="col">Your scorecard</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {interviews.map((interview) => {
            const status = interview.myScorecard?.status ?? 'PENDING';
            return (
              <tr key={interview.id} data-testid="my-interview">
                <th scope="row">{interview.candidate.name}</th>
                <td>
                  <span className="cell-stack">
                    <span>{interview.jobTitle}</span>
                    {interview.roundName ? <span className="muted small">{interview.roundName}</span> : null}
                  </span>
                </td>
                <td>
                  <span className="cell-stack">
                    <time dateTime={interview.scheduledAt}>{formatInterviewTime(interview.scheduledAt)}</time>
                    <span className="muted small">{interview.durationMinutes} min</span>
                  </span>
                </td>
                <td>{interview.kit.title}</td>
                <td>
                  <SeatStatus status={status} />
                </td>
                <td className="cell-actions">
                  <ScoringLinks interview={interview} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
