import { Link } from 'react-router';
import { FigureName, bandAdvice, formatAlpha } from '../../panel-scorecards';
import type { JobReliability } from '../utils/analytics-types';

/** Per job: how many candidates, Krippendorff's alpha and its band, and what that means for the debrief. */
export function ReliabilityTable({ jobs }: { jobs: readonly JobReliability[] }) {
  return (
    <div className="table-wrap card card--flush">
      <table className="table table--analytics" data-testid="reliability-table">
        <caption>Panel reliability per job</caption>
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col" className="figure-cell">
              <FigureName figure="candidates" />
            </th>
            <th scope="col" className="figure-cell">
              <FigureName figure="alpha" />
            </th>
            <th scope="col">
              <FigureName figure="reliabilityBand" />
            </th>
            <th scope="col">In plain words</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.jobId} data-testid="reliability-row">
              <th scope="row">
                <Link to={`/jobs/${job.jobId}/compare`}>{job.jobTitle}</Link>
              </th>
              <td className="figure-cell">{job.candidates}</td>
              <td className="figure-cell">{formatAlpha(job.reliability.alpha)}</td>
              <td>
                <span className={`band band--${job.reliability.band.replace(/\s+/g, '-')}`}>{job.reliability.bandLabel}</span>
              </td>
              <td className="small">
                {bandAdvice(job.reliability.band)}
                {job.reliability.reason ? <span className="muted"> {job.reliability.reason}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
