import { Suspense, lazy, type ComponentProps } from 'react';
import { LoadingState } from '../../ui';
import type { CompetencyDotPlot as DotPlot } from './CompetencyDotPlot';

// The charting library is loaded with the first chart, so pages without charts stay light.
const CompetencyDotPlot = lazy(() => import('./CompetencyDotPlot').then((module) => ({ default: module.CompetencyDotPlot })));

export function LazyCompetencyDotPlot(props: ComponentProps<typeof DotPlot>) {
  return (
    <Suspense fallback={<LoadingState label="Loading the chart…" />}>
      <CompetencyDotPlot {...props} />
    </Suspense>
  );
}
