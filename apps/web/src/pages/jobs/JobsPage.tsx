import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { JobsDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth';
import { formatDate } from '../../modules/format';
import { describeError } from '../../modules/errors';
import { JobStatusBadge } from '../../modules/jobs';
import { LoopManagersOnly, canManageLoops } from '../../modules/interviews';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';

function JobsTable() {
  const { data, error, loading } = useQuery(JobsDocument, { fetchPolicy: 'cache-and-network' });
  const jobs = data?.jobs;
  if (error && !jobs) return <Alert tone="error">{describeError(error).message}</Alert>;
  if (!jobs) return loading ? <LoadingState label="Loading jobs…" /> : null;
  if (jobs.length === 0) {
    return (
      <div className="empty-state">
        <h3>No jobs yet</h3>
        <p className="muted">Create a job, give it interview rounds with kits, then add its candidates.</p>
        <div className="empty-state__actions">
          <Link to="/jobs/new" className="button button--primary">
            New job
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="card card--flush table-wrap">
      <table className="table table--jobs">
        <caption className="visually-hidden">Jobs</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Team</th>
            <th scope="col">Hiring manager</th>
            <th scope="col">Status</th>
            <th scope="col" className="cell-number">
              Candidates
            </th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id} className={job.status === 'CLOSED' ? 'is-muted' : undefined}>
              <th scope="row">
                <Link to={`/jobs/${job.id}`}>{job.title}</Link>
              </th>
              <td>{job.team || '–'}</td>
              <td>{job.hiringManager.name}</td>
              <td>
                <JobStatusBadge status={job.status} />
              </td>
              <td className="cell-number">{job.candidateCount}</td>
              <td>{formatDate(job.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** /jobs: every job of the organization, open ones first. */
export function JobsPage() {
  const viewer = useViewer();
  const manager = canManageLoops(viewer.role);
  return (
    <div className="page">
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <PageHeading title="Jobs">Jobs</PageHeading>
          <p className="lead">Open roles, their interview rounds and the candidates in each loop.</p>
        </div>
        {manager ? (
          <div className="page__actions">
            <Link to="/jobs/new" className="button button--primary">
              New job
            </Link>
          </div>
        ) : null}
      </header>
      {manager ? <JobsTable /> : <LoopManagersOnly what="jobs and their candidates" />}
    </div>
  );
}
