import { useState } from 'react';
import type { CompetencyWeightInput } from '../../../generated/graphql';
import { FigureLegend } from './FigureLegend';
import { TABLE_FIGURES } from '../utils/comparison-figures';
import type { JobComparison } from '../utils/comparison-types';
import { refusedWeight } from '../utils/weight-error';
import { DEFAULT_SORT, nextSort, sortRows } from '../utils/sort-rows';
import { weightsInForce } from '../utils/weights-in-force';
import { ComparisonTable } from './ComparisonTable';
import { LazyCompetencyDotPlot } from './LazyCompetencyDotPlot';
import { ReliabilitySummary } from './ReliabilitySummary';
import { WeightsForm } from './WeightsForm';

interface ComparisonBodyProps {
  comparison: JobComparison;
  triedWeights: CompetencyWeightInput[] | null;
  error: unknown;
  onApplyWeights: (weights: CompetencyWeightInput[] | null) => void;
}

/** The interactive comparison: sortable table, dot plot, weights to try and the panel's reliability. */
export function ComparisonBody({ comparison, triedWeights, error, onApplyWeights }: ComparisonBodyProps) {
  const [sort, setSort] = useState(DEFAULT_SORT);
  const rows = sortRows(comparison.rows, sort);
  const weights = weightsInForce(comparison, triedWeights);
  if (comparison.rows.length === 0) {
    return (
      <div className="empty-state">
        <h3>No candidates yet</h3>
        <p className="muted">Add candidates to the job and schedule their interviews; they appear here side by side.</p>
      </div>
    );
  }
  return (
    <>
      <section className="comparison-section" aria-labelledby="comparison-table-heading">
        <h2 id="comparison-table-heading">Candidates side by side</h2>
        <ComparisonTable comparison={comparison} rows={rows} sort={sort} onSort={(key) => setSort((current) => nextSort(current, key))} />
        <FigureLegend figures={TABLE_FIGURES} label="What the comparison figures mean" />
      </section>
      <section className="card comparison-section" aria-labelledby="dot-plot-heading">
        <h2 id="dot-plot-heading">Spread of candidates per competency</h2>
        <LazyCompetencyDotPlot rows={comparison.rows} competencies={comparison.competencies} />
      </section>
      <div className="panel-columns">
        <section className="card comparison-section" aria-labelledby="weights-heading">
          <h2 id="weights-heading">Try other weights</h2>
          <WeightsForm
            weights={weights}
            trying={triedWeights !== null}
            refused={refusedWeight(error, triedWeights)}
            onApply={onApplyWeights}
            onReset={() => onApplyWeights(null)}
          />
        </section>
        <section className="card comparison-section" aria-labelledby="reliability-heading">
          <h2 id="reliability-heading">Panel reliability</h2>
          <ReliabilitySummary reliability={comparison.reliability} />
        </section>
      </div>
    </>
  );
}
