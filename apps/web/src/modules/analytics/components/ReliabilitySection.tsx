import { useQuery } from '@apollo/client/react';
import { JobReliabilityDocument } from '../../../generated/graphql';
import { describeError } from '../../errors';
import { FigureLegend } from '../../panel-scorecards';
import { Alert, LoadingState } from '../../ui';
import { LazyReliabilityChart } from './LazyCharts';
import { ReliabilityTable } from './ReliabilityTable';

/** Krippendorff's alpha per job, for loop managers. */
export function ReliabilitySection() {
  const { data, error, loading } = useQuery(JobReliabilityDocument, { fetchPolicy: 'cache-and-network' });
  const jobs = data?.jobReliability;
  return (
    <section className="card analytics-section" aria-labelledby="reliability-heading">
      <div className="card__header">
        <h2 id="reliability-heading">Panel reliability per job</h2>
        <p className="muted">How far the interviewers on each job agree with one another, beyond what chance would give.</p>
      </div>
      {error && !jobs ? <Alert tone="error">{describeError(error).message}</Alert> : null}
      {!jobs ? (
        loading ? (
          <LoadingState label="Loading reliability…" />
        ) : null
      ) : jobs.length === 0 ? (
        <p className="muted">No job has candidates yet.</p>
      ) : (
        <>
          <LazyReliabilityChart jobs={jobs} />
          <ReliabilityTable jobs={jobs} />
          <FigureLegend figures={['candidates', 'alpha', 'reliabilityBand']} label="What the reliability figures mean" />
        </>
      )}
    </section>
  );
}
