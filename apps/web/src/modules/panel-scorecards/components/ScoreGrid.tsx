import { RECOMMENDATION_LABELS } from '@panelist/scorecards';
import { competencyLabel } from '../../format';
import { formatScore, formatSigned } from '../utils/format-figures';
import type { Figure } from '../utils/figure-explanations';
import type { CompetencySummary, PanelistScorecard } from '../utils/panel-types';
import { formatCell, ratingOf, usesOtherScales } from '../utils/score-grid';
import { FigureLegend, FigureName } from './FigureLegend';
import { DisagreementFlag } from './Flags';

type SummaryFigure = 'n' | 'mean' | 'calibratedMean' | 'median' | 'min' | 'max' | 'spread' | 'weight';

const SUMMARY_ROWS: readonly SummaryFigure[] = ['n', 'mean', 'calibratedMean', 'median', 'min', 'max', 'spread', 'weight'];
const LEGEND: readonly Figure[] = [...SUMMARY_ROWS, 'disagreement', 'shrunkLeniency', 'leniencyLabel'];

function summaryValue(summary: CompetencySummary, figure: SummaryFigure): string {
  switch (figure) {
    case 'n':
      return String(summary.n);
    case 'weight':
      return String(summary.weight);
    case 'mean':
    case 'calibratedMean':
    case 'median':
    case 'min':
    case 'max':
    case 'spread':
      return formatScore(summary[figure]);
  }
}

interface ScoreGridProps {
  competencies: readonly CompetencySummary[];
  scorecards: readonly PanelistScorecard[];
}

/** Interviewers down, competencies across: every rating, then each competency's figures beneath. */
export function ScoreGrid({ competencies, scorecards }: ScoreGridProps) {
  const flagged = (summary: CompetencySummary) => (summary.disagreement ? 'is-flagged' : undefined);
  return (
    <div className="score-grid">
      <div className="table-wrap card card--flush">
        <table className="table table--score-grid" data-testid="score-grid">
          <caption>
            Ratings by interviewer and competency
            {usesOtherScales(scorecards) ? (
              <span className="caption-note"> — ratings are on each kit’s scale; the figures below convert them to 1–4</span>
            ) : null}
          </caption>
          <thead>
            <tr>
              <th scope="col">Interviewer</th>
              {competencies.map((summary) => (
                <th key={summary.competency} scope="col" className={flagged(summary)}>
                  <span className="score-grid__competency">{competencyLabel(summary.competency)}</span>
                  {summary.disagreement ? <DisagreementFlag /> : null}
                </th>
              ))}
              <th scope="col">Recommendation</th>
              <th scope="col">
                <FigureName figure="shrunkLeniency" />
              </th>
            </tr>
          </thead>
          <tbody>
            {scorecards.map((scorecard) => (
              <tr key={scorecard.scorecardId} data-testid="score-grid-row">
                <th scope="row">
                  <span className="score-grid__name">{scorecard.interviewer.name}</span>
                  {scorecard.roundName ? <span className="muted small">{scorecard.roundName}</span> : null}
                </th>
                {competencies.map((summary) => {
                  const cell = ratingOf(scorecard, summary.competency);
                  return (
                    <td key={summary.competency} className={['figure-cell', flagged(summary)].filter(Boolean).join(' ')}>
                      {formatCell(cell)}
                      {cell.rating === null ? <span className="visually-hidden"> not rated</span> : null}
                    </td>
                  );
                })}
                <td>{scorecard.recommendation ? RECOMMENDATION_LABELS[scorecard.recommendation] : '–'}</td>
                <td className="figure-cell figure-cell--nowrap">
                  {formatSigned(scorecard.leniency)} <span className="muted">{scorecard.leniencyLabel}</span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {SUMMARY_ROWS.map((figure) => (
              <tr key={figure} className={`score-grid__summary score-grid__summary--${figure}`}>
                <th scope="row">
                  <FigureName figure={figure} />
                </th>
                {competencies.map((summary) => (
                  <td key={summary.competency} className={['figure-cell', flagged(summary)].filter(Boolean).join(' ')}>
                    {summaryValue(summary, figure)}
                  </td>
                ))}
                <td colSpan={2} />
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
      <FigureLegend figures={LEGEND} label="What the grid figures mean" />
    </div>
  );
}
