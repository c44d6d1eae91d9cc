import { useQuery } from '@apollo/client/react';
import { RECOMMENDATION_LABELS } from '@panelist/scorecards';
import { InterviewModeHistoryDocument } from '../../../generated/graphql';
import { formatDateTime } from '../../format';

/**
 * The submitted and amended revisions, newest first. Read in its own query: the API may answer
 * FORBIDDEN for some readers, and then the list is simply not shown.
 */
export function ScorecardHistory({ scorecardId }: { scorecardId: string }) {
  const { data, error } = useQuery(InterviewModeHistoryDocument, { variables: { id: scorecardId }, fetchPolicy: 'cache-and-network' });
  const history = data?.scorecard.history ?? [];
  if (error || history.length === 0) return null;
  return (
    <section className="card im-history" aria-labelledby="im-history-heading">
      <h2 id="im-history-heading">Revision history</h2>
      <ol className="history">
        {history.map((entry, index) => (
          <li key={entry.revision} className={`history__item${index === 0 ? ' is-shown' : ''}`}>
            <div className="history__title">
              <span className="history__name">Revision {entry.revision}</span>
              {index === 0 ? <span className="tag">Current</span> : null}
            </div>
            <p className="history__meta">
              {entry.createdByName ?? 'Someone'} · {formatDateTime(entry.createdAt)}
              {entry.content.recommendation ? ` · ${RECOMMENDATION_LABELS[entry.content.recommendation]}` : ''}
            </p>
            <p className="history__note">{entry.reason}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
