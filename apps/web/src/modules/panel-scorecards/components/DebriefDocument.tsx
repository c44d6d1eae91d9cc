import { RECOMMENDATION_LABELS } from '@panelist/scorecards';
import { competencyLabel } from '../../format';
import { FigureLegend } from './FigureLegend';
import { PRINT_FIGURES } from '../utils/comparison-figures';
import type { JobComparison } from '../utils/comparison-types';
import { DEFAULT_SORT, sortRows } from '../utils/sort-rows';
import { describeWeights, weightsInForce } from '../utils/weights-in-force';
import { ComparisonTable } from './ComparisonTable';
import { LazyCompetencyDotPlot } from './LazyCompetencyDotPlot';
import { ReliabilitySummary } from './ReliabilitySummary';

interface DebriefDocumentProps {
  comparison: JobComparison;
  triedWeights: boolean;
  generatedAt: string;
}

/** The comparison as paper for the debrief: highest composite first, every figure with its sentence. */
export function DebriefDocument({ comparison, triedWeights, generatedAt }: DebriefDocumentProps) {
  const rows = sortRows(comparison.rows, DEFAULT_SORT);
  const missing = comparison.rows.filter((row) => row.missing.length > 0);
  return (
    <div className="debrief">
      <dl className="debrief__facts">
        <div>
          <dt>Generated</dt>
          <dd data-testid="generated-at">{generatedAt}</dd>
        </div>
        <div>
          <dt>Candidates</dt>
          <dd>{comparison.rows.length}</dd>
        </div>
        <div>
          <dt>Weights</dt>
          <dd>
            {describeWeights(weightsInForce(comparison), competencyLabel)}{' '}
            {triedWeights ? '(tried for this debrief, not the kits’ own)' : '(the kits’ weights)'}
          </dd>
        </div>
      </dl>
      <p className="debrief__never">
        Panelist never decides: these figures inform the discussion; the hiring manager records the decision and its reason.
      </p>
      <section className="debrief__section" aria-labelledby="debrief-table-heading">
        <h2 id="debrief-table-heading">Candidates, highest composite first</h2>
        <ComparisonTable comparison={comparison} rows={rows} sort={DEFAULT_SORT} compactFlags={false} />
      </section>
      {missing.length ? (
        <section className="debrief__section" aria-labelledby="debrief-missing-heading">
          <h2 id="debrief-missing-heading">Missing scorecards</h2>
          <ul>
            {missing.map((row) => (
              <li key={row.loopId}>
                <strong>{row.candidate.name}</strong>:{' '}
                {row.missing.map((seat) => seat.interviewer.name + (seat.roundName ? ` (${seat.roundName})` : '')).join(', ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="debrief__section" aria-labelledby="debrief-summaries-heading">
        <h2 id="debrief-summaries-heading">Written summaries</h2>
        {rows.some((row) => row.summaries.length) ? (
          rows
            .filter((row) => row.summaries.length)
            .map((row) => (
              <article key={row.loopId} className="debrief__summaries" aria-label={`Summaries for ${row.candidate.name}`}>
                <h3>{row.candidate.name}</h3>
                <ul>
                  {row.summaries.map((entry, index) => (
                    <li key={index}>
                      <p className="debrief__summary-by">
                        <strong>{entry.interviewer.name}</strong>
                        {entry.roundName ? ` · ${entry.roundName}` : ''}
                        {entry.recommendation ? ` · ${RECOMMENDATION_LABELS[entry.recommendation]}` : ''}
                      </p>
                      <p className="debrief__summary-text">{entry.summary}</p>
                    </li>
                  ))}
                </ul>
              </article>
            ))
        ) : (
          <p className="muted">No written summaries yet.</p>
        )}
        {rows.some((row) => !row.visible) ? (
          <p className="muted small">Candidates you still owe a scorecard for show no summaries until you submit yours.</p>
        ) : null}
      </section>
      <section className="debrief__section debrief__section--chart" aria-labelledby="debrief-chart-heading">
        <h2 id="debrief-chart-heading">Spread of candidates per competency</h2>
        <LazyCompetencyDotPlot rows={comparison.rows} competencies={comparison.competencies} />
      </section>
      <section className="debrief__section" aria-labelledby="debrief-reliability-heading">
        <h2 id="debrief-reliability-heading">Panel reliability</h2>
        <ReliabilitySummary reliability={comparison.reliability} />
      </section>
      <section className="debrief__section" aria-labelledby="debrief-legend-heading">
        <h2 id="debrief-legend-heading">What the figures mean</h2>
        <FigureLegend figures={PRINT_FIGURES} label="What the comparison figures mean" />
      </section>
    </div>
  );
}
