import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { InterviewLoopDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth';
import { describeError } from '../../modules/errors';
import { LoopManagersOnly, LoopView, canManageLoops } from '../../modules/interviews';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';

/** /loops/:id — one candidate's interviews for one job, with the panel's progress live. */
export function LoopPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const manager = canManageLoops(viewer.role);
  const { data, error, loading } = useQuery(InterviewLoopDocument, { variables: { id }, fetchPolicy: 'cache-and-network', skip: !manager });
  const loop = data?.interviewLoop;
  return (
    <div className="page loop-page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/jobs">Jobs</Link>
        <span aria-hidden="true">/</span>
        {loop ? <Link to={`/jobs/${loop.job.id}`}>{loop.job.title}</Link> : <span>Job</span>}
        <span aria-hidden="true">/</span>
        <span aria-current="page">{loop ? loop.candidate.name : 'Interview loop'}</span>
      </nav>
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <p className="eyebrow">Interview loop</p>
          <PageHeading title={loop ? `${loop.candidate.name} · ${loop.job.title}` : 'Interview loop'}>
            {loop ? loop.candidate.name : 'Interview loop'}
          </PageHeading>
          {loop ? (
            <p className="lead">
              for <Link to={`/jobs/${loop.job.id}`}>{loop.job.title}</Link>
            </p>
          ) : null}
        </div>
        {loop ? (
          <div className="page__actions">
            <Link to={`/loops/${loop.id}/scorecard`} className="button button--primary">
              Panel scorecard
            </Link>
            <Link to={`/candidates/${loop.candidate.id}`} className="button">
              Candidate details
            </Link>
          </div>
        ) : null}
      </header>
      {!manager ? (
        <LoopManagersOnly what="candidates’ interview loops" />
      ) : loop ? (
        <LoopView loop={loop} />
      ) : loading ? (
        <LoadingState label="Loading the loop…" />
      ) : (
        <Alert tone="error">{describeError(error).message}</Alert>
      )}
    </div>
  );
}
