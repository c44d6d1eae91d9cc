import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../modules/auth';
import { DebriefDocument, formatDecidedAt, searchForWeights, useComparisonWeights, useJobComparison } from '../../modules/panel-scorecards';
import { describeError } from '../../modules/errors';
import { LoopManagersOnly, canManageLoops } from '../../modules/interviews';
import { Alert, BrandMark, LoadingState, PageHeading } from '../../modules/ui';
import '../../modules/panel-scorecards/panel-scorecards.css';
import '../../modules/panel-scorecards/comparison.css';

function Debrief({ jobId }: { jobId: string }) {
  const { weights } = useComparisonWeights();
  const { comparison, error, loading } = useJobComparison(jobId, weights);
  const [generatedAt] = useState(() => formatDecidedAt(new Date().toISOString()));
  return (
    <>
      <div className="print-page__toolbar">
        <Link to={`/jobs/${jobId}/compare${searchForWeights(weights)}`}>Back to the comparison</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!comparison}>
          Print
        </button>
      </div>
      <header className="print-page__header">
        <BrandMark />
        <p className="eyebrow">Debrief · candidate comparison</p>
        <PageHeading title={comparison ? `Debrief · ${comparison.jobTitle}` : 'Debrief'}>{comparison?.jobTitle ?? 'Debrief'}</PageHeading>
      </header>
      {comparison ? (
        <DebriefDocument comparison={comparison} triedWeights={weights !== null} generatedAt={generatedAt} />
      ) : loading ? (
        <LoadingState label="Loading the comparison…" />
      ) : (
        <Alert tone="error">{describeError(error).message}</Alert>
      )}
    </>
  );
}

/** /jobs/:jobId/compare/print — the comparison without app chrome, laid out for paper. */
export function JobComparisonPrintPage() {
  const { jobId = '' } = useParams();
  const viewer = useViewer();
  return (
    <main className="print-page print-page--wide debrief-page">
      {canManageLoops(viewer.role) ? <Debrief jobId={jobId} /> : <LoopManagersOnly what="the comparison of a job’s candidates" />}
    </main>
  );
}
