import { Link } from 'react-router';
import { competencyLabel } from '../../format';
import { DecisionBadge } from './DecisionBadge';
import { FigureName } from './FigureLegend';
import { DisagreementFlag } from './Flags';
import { TallyInline } from './TallyBars';
import { formatScore } from '../utils/format-figures';
import type { ComparisonRow, JobComparison } from '../utils/comparison-types';
import { competencySortKey, type SortKey, type SortState } from '../utils/sort-rows';
import { SortHeader } from './SortHeader';

interface ComparisonTableProps {
  comparison: JobComparison;
  rows: readonly ComparisonRow[];
  sort: SortState;
  /** Without it the headers are plain text (the print view). */
  onSort?: (key: SortKey) => void;
  /** Short flag texts for the screen; paper has room for the full sentence. */
  compactFlags?: boolean;
}

function ScorecardsCell({ row }: { row: ComparisonRow }) {
  return (
    <td className="comparison__scorecards">
      <span className="figure-cell--nowrap">
        {row.submitted} of {row.expected}
      </span>
      {row.missing.length ? (
        <span className="missing-marker" data-testid="missing-marker">
          <span aria-hidden="true">●</span> Missing:{' '}
          {row.missing.map((seat) => seat.interviewer.name + (seat.roundName ? ` (${seat.roundName})` : '')).join(', ')}
        </span>
      ) : null}
    </td>
  );
}

function FigureCells({ comparison, row, compactFlags }: { comparison: JobComparison; row: ComparisonRow; compactFlags: boolean }) {
  if (!row.visible) {
    return (
      <td colSpan={comparison.competencies.length + 3} className="comparison__hidden">
        Hidden until you submit your own scorecard for this candidate.
      </td>
    );
  }
  return (
    <>
      <td className="figure-cell comparison__composite">{formatScore(row.rawComposite.score)}</td>
      <td className="figure-cell comparison__composite">{formatScore(row.calibratedComposite.score)}</td>
      {comparison.competencies.map((competency) => {
        const summary = row.competencies.find((entry) => entry.competency === competency);
        return (
          <td key={competency} className={`figure-cell${summary?.disagreement ? ' is-flagged' : ''}`}>
            <span className="comparison__figure">
              <span className="comparison__mean">{formatScore(summary?.mean)}</span>
              {summary?.n ? <span className="muted small"> n={summary.n}</span> : null}
            </span>
            {summary?.disagreement ? <DisagreementFlag compact={compactFlags} /> : null}
          </td>
        );
      })}
      <td>
        <TallyInline tally={row.tally} compact={compactFlags} />
      </td>
    </>
  );
}

/** Every candidate of the job side by side; sortable by either composite or any competency mean. */
export function ComparisonTable({ comparison, rows, sort, onSort, compactFlags = true }: ComparisonTableProps) {
  const header = (key: SortKey, label: string, className?: string) =>
    onSort ? (
      <SortHeader key={key} sortKey={key} label={label} sort={sort} onSort={onSort} className={className} />
    ) : (
      <th key={key} scope="col" className={className} aria-sort={sort.key === key ? sort.direction : undefined}>
        {label}
      </th>
    );
  return (
    <div className="table-wrap card card--flush">
      <table className="table table--comparison" data-testid="comparison-table">
        <caption>
          Candidates for {comparison.jobTitle} — means and composites on the common 1–4 scale
          {onSort ? <span className="caption-note">; use a column’s button to sort by it</span> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            {header('composite', 'Composite (raw)', 'figure-cell')}
            {header('calibrated', 'Calibrated composite', 'figure-cell')}
            {comparison.competencies.map((competency) => header(competencySortKey(competency), competencyLabel(competency), 'figure-cell'))}
            <th scope="col">
              {/* The soft hyphen lets the long header break instead of widening the column. */}
              <FigureName figure="recommendationTally">{'Recommend\u00adations'}</FigureName>
            </th>
            <th scope="col">
              <FigureName figure="submitted">Scorecards</FigureName>
            </th>
            <th scope="col">Decision</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.loopId} data-testid="comparison-row" data-candidate={row.candidate.name}>
              <th scope="row">
                <Link to={`/loops/${row.loopId}/scorecard`}>{row.candidate.name}</Link>
              </th>
              <FigureCells comparison={comparison} row={row} compactFlags={compactFlags} />
              <ScorecardsCell row={row} />
              <td>{row.decision ? <DecisionBadge decision={row.decision.decision} /> : <span className="muted">None yet</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
