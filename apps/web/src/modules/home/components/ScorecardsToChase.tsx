import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { OverdueScorecardsDocument } from '../../../generated/graphql';
import { SeatStatus } from '../../interviews';
import { timeAgo } from '../utils/time-ago';

/**
 * For recruiters, hiring managers and admins: every scorecard still owed after its interview ended,
 * longest overdue first, so chasing them takes one look.
 */
export function ScorecardsToChase() {
  const { data, loading, error } = useQuery(OverdueScorecardsDocument, { fetchPolicy: 'cache-and-network' });
  const overdue = data?.overdueScorecards ?? [];
  return (
    <section className="card" aria-labelledby="chase-heading" data-testid="scorecards-to-chase">
      <div className="card__header">
        <h2 id="chase-heading">Scorecards to chase</h2>
        <p className="muted">Interviews that have ended without every scorecard submitted, longest overdue first.</p>
      </div>
      {error ? (
        <p role="alert" className="alert alert--error">
          The overdue scorecards could not be loaded. Reload the page to try again.
        </p>
      ) : loading && !data ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : overdue.length === 0 ? (
        <p className="muted">Every interview that has ended has all its scorecards. Nothing to chase.</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--stack-on-phone">
            <caption className="visually-hidden">Scorecards still owed after the interview ended</caption>
            <thead>
              <tr>
                <th scope="col">Interviewer</th>
                <th scope="col">Candidate</th>
                <th scope="col">Job and round</th>
                <th scope="col">Interview ended</th>
                <th scope="col">Scorecard</th>
              </tr>
            </thead>
            <tbody>
              {overdue.map((card) => (
                <tr key={card.id} data-testid="overdue-scorecard">
                  <th scope="row" data-label="Interviewer">
                    {card.interviewer.name}
                  </th>
                  <td data-label="Candidate">
                    <Link to={`/loops/${card.loopId}`}>{card.candidate.name}</Link>
                  </td>
                  <td data-label="Job and round">
                    <span>
                      {card.jobTitle}
                      {card.roundName ? <span className="muted"> · {card.roundName}</span> : null}
                    </span>
                  </td>
                  <td data-label="Interview ended">
                    <time dateTime={card.endedAt}>{timeAgo(card.endedAt)}</time>
                  </td>
                  <td data-label="Scorecard">
                    <SeatStatus status={card.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
