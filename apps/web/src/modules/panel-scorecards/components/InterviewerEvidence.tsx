import { RECOMMENDATION_LABELS } from '@panelist/scorecards';
import { competencyLabel } from '../../format';
import { formatSigned } from '../utils/format-figures';
import type { PanelistScorecard } from '../utils/panel-types';

function EvidenceItem({ item, scalePoints }: { item: PanelistScorecard['evidence'][number]; scalePoints: number }) {
  return (
    <li className="evidence-item">
      <p className="evidence-item__prompt">{item.prompt || 'Question text unavailable'}</p>
      <p className="evidence-item__meta">
        <span className="chip">{competencyLabel(item.competency)}</span>
        {item.notAsked ? (
          <span className="muted">Not asked</span>
        ) : (
          <span>
            Rated <strong>{item.rating ?? '–'}</strong> of {scalePoints}
          </span>
        )}
      </p>
      {item.notes.trim() ? <p className="evidence-item__notes">{item.notes}</p> : <p className="muted small">No notes.</p>}
    </li>
  );
}

/** One collapsible block per submitted scorecard: the summary, then every question's rating and notes. */
export function InterviewerEvidence({ scorecards }: { scorecards: readonly PanelistScorecard[] }) {
  return (
    <div className="evidence-list">
      {scorecards.map((scorecard) => (
        <details key={scorecard.scorecardId} className="evidence disclosure card" data-testid="interviewer-evidence">
          <summary>
            <span className="evidence__who">{scorecard.interviewer.name}</span>
            {scorecard.roundName ? <span className="muted"> · {scorecard.roundName}</span> : null}
            <span className="evidence__facts">
              {scorecard.recommendation ? RECOMMENDATION_LABELS[scorecard.recommendation] : 'No recommendation'} · leniency{' '}
              {formatSigned(scorecard.leniency)} ({scorecard.leniencyLabel})
            </span>
          </summary>
          <div className="evidence__body">
            <section aria-label={`${scorecard.interviewer.name}’s summary`}>
              <h3 className="eyebrow">Overall summary</h3>
              {scorecard.summary.trim() ? (
                <p className="evidence__summary">{scorecard.summary}</p>
              ) : (
                <p className="muted">No summary written.</p>
              )}
            </section>
            <section aria-label={`${scorecard.interviewer.name}’s questions`}>
              <h3 className="eyebrow">Questions, ratings and notes</h3>
              <ol className="evidence-items">
                {scorecard.evidence.map((item) => (
                  <EvidenceItem key={item.questionId} item={item} scalePoints={scorecard.scalePoints} />
                ))}
              </ol>
            </section>
          </div>
        </details>
      ))}
    </div>
  );
}
