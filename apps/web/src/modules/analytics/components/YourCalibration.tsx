import { FigureLegend, FigureName, formatHours, formatSigned, type Figure } from '../../panel-scorecards';
import type { InterviewerCalibration } from '../utils/analytics-types';

const FIGURES = [
  'shrunkLeniency',
  'leniencyLabel',
  'rawLeniency',
  'comparisons',
  'scorecards',
  'ratingsGiven',
  'medianHoursToSubmit',
] as const satisfies readonly Figure[];

/** An interviewer's own row, as figures with their sentences: nobody else's calibration is shown. */
export function YourCalibration({ row }: { row: InterviewerCalibration | undefined }) {
  if (!row) {
    return (
      <div className="empty-state" data-testid="your-calibration">
        <h3>No submitted scorecards yet</h3>
        <p className="muted">Your calibration appears once you have submitted scorecards alongside other interviewers.</p>
      </div>
    );
  }
  const values: Record<(typeof FIGURES)[number], string> = {
    shrunkLeniency: formatSigned(row.shrunkLeniency),
    leniencyLabel: row.label,
    rawLeniency: formatSigned(row.rawLeniency),
    comparisons: String(row.comparisons),
    scorecards: String(row.scorecards),
    ratingsGiven: String(row.ratings),
    medianHoursToSubmit: formatHours(row.medianHoursToSubmit),
  };
  return (
    <div className="your-calibration" data-testid="your-calibration">
      <dl className="stat-tiles">
        {FIGURES.map((figure) => (
          <div key={figure} className="stat-tile">
            <dt>
              <FigureName figure={figure} />
            </dt>
            <dd>{values[figure]}</dd>
          </div>
        ))}
      </dl>
      <FigureLegend figures={FIGURES} label="What your figures mean" />
    </div>
  );
}
