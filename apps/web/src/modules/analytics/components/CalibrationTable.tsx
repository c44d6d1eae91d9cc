import { FigureName, formatHours, formatSigned } from '../../panel-scorecards';
import type { InterviewerCalibration } from '../utils/analytics-types';

/** Per interviewer: how much they rated, how lenient or severe against co-panelists, and how fast they submit. */
export function CalibrationTable({ rows }: { rows: readonly InterviewerCalibration[] }) {
  return (
    <div className="table-wrap card card--flush">
      <table className="table table--analytics" data-testid="calibration-table">
        <caption>Interviewer calibration across the organization</caption>
        <thead>
          <tr>
            <th scope="col">Interviewer</th>
            <th scope="col" className="figure-cell">
              <FigureName figure="scorecards" />
            </th>
            <th scope="col" className="figure-cell">
              <FigureName figure="ratingsGiven" />
            </th>
            <th scope="col" className="figure-cell">
              <FigureName figure="comparisons" />
            </th>
            <th scope="col" className="figure-cell">
              <FigureName figure="rawLeniency" />
            </th>
            <th scope="col" className="figure-cell">
              <FigureName figure="shrunkLeniency" />
            </th>
            <th scope="col">
              <FigureName figure="leniencyLabel">Label</FigureName>
            </th>
            <th scope="col" className="figure-cell">
              <FigureName figure="medianHoursToSubmit" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.interviewer.userId} data-testid="calibration-row">
              <th scope="row">{row.interviewer.name}</th>
              <td className="figure-cell">{row.scorecards}</td>
              <td className="figure-cell">{row.ratings}</td>
              <td className="figure-cell">{row.comparisons}</td>
              <td className="figure-cell">{formatSigned(row.rawLeniency)}</td>
              <td className="figure-cell">
                <strong>{formatSigned(row.shrunkLeniency)}</strong>
              </td>
              <td>
                <span className={`leniency-label leniency-label--${row.label.replace(/\s+/g, '-')}`}>{row.label}</span>
              </td>
              <td className="figure-cell">{formatHours(row.medianHoursToSubmit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
