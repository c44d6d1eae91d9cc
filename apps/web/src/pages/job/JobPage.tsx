import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { JobDocument, type JobQuery } from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { formatDate } from '../../modules/format';
import { describeError } from '../../modules/errors/utils/describe-error';
import { AddCandidatePanel } from '../../modules/jobs/components/AddCandidatePanel';
import { JobStatusBadge } from '../../modules/jobs/components/JobStatusBadge';
import { LoopInterviewsSummary } from '../../modules/loops/components/LoopInterviewsSummary';
import { LoopManagersOnly } from '../../modules/loops/components/LoopManagersOnly';
import { canManageLoops } from '../../modules/loops/utils/loop-roles';
import { Alert } from '../../modules/ui/components/Alert';
import { LoadingState } from '../../modules/ui/components/LoadingState';
import { PageHeading } from '../../modules/ui/components/PageHeading';

type Job = JobQuery['job'];

function JobRounds({ job }: { job: Job }) {
  const rounds = [...job.rounds].sort((a, b) => a.position - b.position);
  return (
    <section className="card" aria-labelledby="job-rounds-heading">
      <div className="card__header card__header--inline">
        <h2 id="job-rounds-heading">Interview rounds</h2>
        <Link to={`/jobs/${job.id}/edit`} className="link-button">
          Change rounds
        </Link>
      </div>
      {rounds.length === 0 ? (
        <p className="muted">No rounds yet. Edit the job to add them; interviews can also use any kit.</p>
      ) : (
        <ol className="round-list">
          {rounds.map((round) => (
            <li key={round.id}>
              <span className="round-list__name">{round.name}</span>
              <span className="muted small">
                {round.kit.title} · {round.kit.interviewMinutes} min
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function JobLoops({ job }: { job: Job }) {
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
