import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { JobDocument, type JobDetailFragment } from '../../generated/graphql';
import { useViewer } from '../../modules/auth';
import { describeError } from '../../modules/errors';
import { JobForm, useJobFormOptions } from '../../modules/jobs';
import { LoopManagersOnly, canManageLoops } from '../../modules/interviews';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';

function JobEditor({ job }: { job: JobDetailFragment | null }) {
  const options = useJobFormOptions();
  if (options.loading) return <LoadingState label="Loading hiring managers and kits…" />;
  if (options.error) return <Alert tone="error">{describeError(options.error).message}</Alert>;
  return <JobForm key={job?.id ?? 'new'} job={job} managers={options.managers} kits={options.kits} />;
}

/** /jobs/new */
export function NewJobPage() {
  const viewer = useViewer();
  return (
    <div className="page page--narrow">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/jobs">Jobs</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">New job</span>
      </nav>
      <header className="page__header">
        <PageHeading title="New job">New job</PageHeading>
        <p className="lead">A role {viewer.organization.name} is hiring for, and the interview rounds of its loop.</p>
      </header>
      {canManageLoops(viewer.role) ? <JobEditor job={null} /> : <LoopManagersOnly what="jobs and their candidates" />}
    </div>
  );
}

/** /jobs/:id/edit */
export function EditJobPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const manager = canManageLoops(viewer.role);
  const { data, error, loading } = useQuery(JobDocument, { variables: { id }, fetchPolicy: 'network-only', skip: !manager });
  const job = data?.job;
  return (
    <div className="page page--narrow">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/jobs">Jobs</Link>
        <span aria-hidden="true">/</span>
        {job ? <Link to={`/jobs/${job.id}`}>{job.title}</Link> : <span>Job</span>}
        <span aria-hidden="true">/</span>
        <span aria-current="page">Edit</span>
      </nav>
      <header className="page__header">
        <PageHeading title="Edit job">Edit job</PageHeading>
        <p className="lead">Rounds keep their scheduled interviews when you rename or reorder them.</p>
      </header>
      {!manager ? (
        <LoopManagersOnly what="jobs and their candidates" />
      ) : job ? (
        <JobEditor job={job} />
      ) : loading ? (
        <LoadingState label="Loading the job…" />
      ) : (
        <Alert tone="error">{describeError(error).message}</Alert>
      )}
    </div>
  );
}
