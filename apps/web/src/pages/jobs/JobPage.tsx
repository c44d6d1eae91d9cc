import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { JobDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth';
import { describeError } from '../../modules/errors';
import { AddCandidatePanel, JobLoops, JobRounds, JobStatusBadge } from '../../modules/jobs';
import { LoopManagersOnly, canManageLoops } from '../../modules/interviews';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';

/** /jobs/:id — the job's rounds, its candidates' loops, and adding candidates. */
export function JobPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const manager = canManageLoops(viewer.role);
  const { data, error, loading } = useQuery(JobDocument, { variables: { id }, fetchPolicy: 'cache-and-network', skip: !manager });
  const job = data?.job;
  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/jobs">Jobs</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{job?.title ?? 'Job'}</span>
      </nav>
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <PageHeading title={job?.title ?? 'Job'}>{job?.title ?? 'Job'}</PageHeading>
          {job ? (
            <p className="lead job-meta">
              <JobStatusBadge status={job.status} />
              {job.team ? <span>{job.team}</span> : null}
              <span>
                Hiring manager: <strong>{job.hiringManager.name}</strong>
              </span>
            </p>
          ) : null}
        </div>
        {job ? (
          <div className="page__actions">
            <Link to={`/jobs/${job.id}/compare`} className="button button--primary">
              Compare candidates
            </Link>
            <Link to={`/jobs/${job.id}/edit`} className="button">
              Edit job
            </Link>
          </div>
        ) : null}
      </header>
      {!manager ? (
        <LoopManagersOnly what="jobs and their candidates" />
      ) : job ? (
        <>
          <JobRounds job={job} />
          <JobLoops job={job} />
          <AddCandidatePanel jobId={job.id} />
        </>
      ) : loading ? (
        <LoadingState label="Loading the job…" />
      ) : (
        <Alert tone="error">{describeError(error).message}</Alert>
      )}
    </div>
  );
}
