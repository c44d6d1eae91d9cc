import { Link, useParams } from 'react-router';
import { useViewer } from '../../modules/auth';
import {
  ComparisonBody,
  ExportCsvButton,
  refusedWeightIndex,
  searchForWeights,
  useComparisonWeights,
  useJobComparison,
} from '../../modules/panel-scorecards';
import { describeError } from '../../modules/errors';
import { LoopManagersOnly, canManageLoops } from '../../modules/interviews';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';
import '../../modules/panel-scorecards/panel-scorecards.css';
import '../../modules/panel-scorecards/comparison.css';

function Comparison({ jobId }: { jobId: string }) {
  const { weights, apply } = useComparisonWeights();
  const { comparison, error, loading } = useJobComparison(jobId, weights);
  // A refused weight is shown beside its field; any other failure above the page.
  const pageError = error && refusedWeightIndex(error) === null ? describeError(error) : null;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/jobs">Jobs</Link>
        <span aria-hidden="true">/</span>
        {comparison ? <Link to={`/jobs/${jobId}`}>{comparison.jobTitle}</Link> : <span>Job</span>}
        <span aria-hidden="true">/</span>
        <span aria-current="page">Compare candidates</span>
      </nav>
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <p className="eyebrow">Compare candidates</p>
          <PageHeading title={comparison ? `Compare candidates · ${comparison.jobTitle}` : 'Compare candidates'}>
            {comparison?.jobTitle ?? 'Compare candidates'}
          </PageHeading>
          <p className="lead">
            Every candidate side by side, with disagreements and missing scorecards marked. Panelist informs the debrief; people decide.
          </p>
        </div>
        <div className="page__actions">
          <ExportCsvButton jobId={jobId} weights={weights} />
          <Link to={`/jobs/${jobId}/compare/print${searchForWeights(weights)}`} className="button">
            Print for debrief
          </Link>
        </div>
      </header>
      {weights ? (
        <Alert tone="info">You are trying other weights; the composites below use them. The kits keep their own weights.</Alert>
      ) : null}
      {pageError ? (
        <Alert tone="error">
          {pageError.code === 'NOT_FOUND' ? 'This job does not exist, or it belongs to another organization.' : pageError.message}
        </Alert>
      ) : null}
      {comparison ? (
        <div className={`comparison-body${loading ? ' is-refreshing' : ''}`} aria-busy={loading || undefined}>
          <ComparisonBody comparison={comparison} triedWeights={weights} error={error} onApplyWeights={apply} />
        </div>
      ) : loading ? (
        <LoadingState label="Loading the comparison…" />
      ) : null}
    </>
  );
}

/** /jobs/:jobId/compare — the recruiter's and hiring manager's side-by-side view of a job's candidates. */
export function JobComparisonPage() {
  const { jobId = '' } = useParams();
  const viewer = useViewer();
  return (
    <div className="page comparison-page">
      {canManageLoops(viewer.role) ? (
        <Comparison jobId={jobId} />
      ) : (
        <>
          <PageHeading title="Compare candidates">Compare candidates</PageHeading>
          <LoopManagersOnly what="the comparison of a job’s candidates" />
        </>
      )}
    </div>
  );
}
