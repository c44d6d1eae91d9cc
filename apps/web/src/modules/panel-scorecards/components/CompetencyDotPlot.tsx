import { CartesianGrid, Legend, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis, type TooltipContentProps } from 'recharts';
import { competencyLabel } from '../../format';
import { formatScore } from '../utils/format-figures';
import type { ComparisonRow } from '../utils/comparison-types';
import { dotPlotSeries, type DotPoint } from '../utils/dot-plot-data';

/** Colour and shape per candidate, so dots are told apart without colour. */
const COLOURS = ['#0f766e', '#b54708', '#1d4f91', '#9e165f', '#067647', '#6941c6', '#b42318', '#475467'];
const SHAPES = ['circle', 'diamond', 'square', 'triangle', 'star', 'cross', 'wye'] as const;

function PointTooltip({ active, payload }: TooltipContentProps) {
  const point = active ? (payload?.[0]?.payload as DotPoint | undefined) : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{point.candidate}</strong>
      <span>
        {competencyLabel(point.competency)}: mean {formatScore(point.mean)}
      </span>
    </div>
  );
}

interface CompetencyDotPlotProps {
  rows: readonly ComparisonRow[];
  competencies: readonly string[];
}

/** One row per competency, one dot per candidate at their mean (1–4): how spread out the candidates are. */
export function CompetencyDotPlot({ rows, competencies }: CompetencyDotPlotProps) {
  const series = dotPlotSeries(rows, competencies);
  if (series.every((entry) => entry.points.length === 0)) {
    return <p className="muted">The chart appears once a visible candidate has a rated competency.</p>;
  }
  const height = Math.max(200, competencies.length * 56 + 110);
  return (
    <figure className="dot-plot" data-testid="dot-plot">
      <ScatterChart
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        title="Competency means per candidate"
        desc="Each row is a competency; each symbol is one candidate's mean rating on the 1 to 4 scale."
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="mean"
          name="Mean"
          domain={[1, 4]}
          ticks={[1, 1.5, 2, 2.5, 3, 3.5, 4]}
          label={{ value: 'Competency mean (1–4)', position: 'insideBottom', offset: -4 }}
          height={44}
        />
        <YAxis
          type="number"
          dataKey="position"
          domain={[-0.5, competencies.length - 0.5]}
          ticks={competencies.map((_, index) => index)}
          tickFormatter={(index: number) => competencyLabel(competencies[index] ?? '')}
          reversed
          width={150}
          allowDecimals={false}
        />
        <ZAxis range={[90, 90]} />
        <Tooltip content={PointTooltip} cursor={{ strokeDasharray: '3 3' }} />
        <Legend verticalAlign="top" height={36} />
        {series.map((entry, index) => (
          <Scatter
            key={entry.candidate}
            name={entry.candidate}
            data={entry.points}
            fill={COLOURS[index % COLOURS.length]}
            shape={SHAPES[index % SHAPES.length]}
            legendType={SHAPES[index % SHAPES.length]}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
      <figcaption className="muted small">
        Each row is a competency; each symbol is one candidate’s mean on the 1–4 scale (symbols are nudged up or down so equal means stay
        visible). The table above has the same means.
      </figcaption>
    </figure>
  );
}
