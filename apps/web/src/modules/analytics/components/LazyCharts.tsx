import { Suspense, lazy, type ComponentProps } from 'react';
import { LoadingState } from '../../ui';
import type { LeniencyChart as Leniency } from './LeniencyChart';
import type { ReliabilityChart as Reliability } from './ReliabilityChart';

// The charting library is loaded with the first chart, so pages without charts stay light.
const LeniencyChart = lazy(() => import('./LeniencyChart').then((module) => ({ default: module.LeniencyChart })));
const ReliabilityChart = lazy(() => import('./ReliabilityChart').then((module) => ({ default: module.ReliabilityChart })));

const fallback = <LoadingState label="Loading the chart…" />;

export function LazyLeniencyChart(props: ComponentProps<typeof Leniency>) {
  return (
    <Suspense fallback={fallback}>
      <LeniencyChart {...props} />
    </Suspense>
  );
}

export function LazyReliabilityChart(props: ComponentProps<typeof Reliability>) {
  return (
    <Suspense fallback={fallback}>
      <ReliabilityChart {...props} />
    </Suspense>
  );
}
