import { Link } from 'react-router';
import type { JobQuery } from '../../../generated/graphql';
import { formatDate } from '../../format';
import { LoopInterviewsSummary } from '../../interviews';

type Job = JobQuery['job'];

/** The job's candidates, each with their loop's interviews. */
export function JobLoops({ job }: { job: Job }) {
  return (
    <section className="card card--flush" aria-labelledby="job-loops-heading">
      <div className="card__header">
        <h2 id="job-loops-heading">
          Candidates <span className="count-pill count-pill--neutral">{job.loops.length}</span>
        </h2>
        <p className="muted">Each candidate’s interviews and how far every interviewer’s scorecard is.</p>
      </div>
      {job.loops.length === 0 ? (
        <div className="card__body">
          <p className="muted">No candidates yet. Add the first one below.</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table table--loops">
            <caption className="visually-hidden">Candidates for {job.title}</caption>
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Interviews</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {job.loops.map((loop) => (
                <tr key={loop.id}>
                  <th scope="row">
                    <Link to={`/loops/${loop.id}`}>{loop.candidate.name}</Link>
                  </th>
                  <td>
                    <LoopInterviewsSummary interviews={loop.interviews} />
                  </td>
                  <td className="cell-nowrap">{formatDate(loop.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
