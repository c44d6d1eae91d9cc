import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { RELIABLE_ALPHA, TENTATIVE_ALPHA } from '@panelist/scoring';
import { formatAlpha } from '../../panel-scorecards';
import type { JobReliability } from '../utils/analytics-types';
import { alphaDomain, alphaTicks } from '../utils/chart-scale';
import { barEndLabel } from './BarEndLabel';

const BAND_COLOURS: Record<string, string> = { reliable: '#067647', tentative: '#b54708', unreliable: '#b42318' };

/** Krippendorff's alpha per job, with the tentative (0.667) and reliable (0.800) thresholds drawn in. */
export function ReliabilityChart({ jobs }: { jobs: readonly JobReliability[] }) {
  const data = jobs.flatMap((job) =>
    job.reliability.alpha === null || job.reliability.alpha === undefined
      ? []
      : [{ id: job.jobId, name: job.jobTitle, alpha: job.reliability.alpha, band: job.reliability.band }],
  );
  if (data.length === 0) return <p className="muted">No job has enough overlapping ratings for an alpha yet.</p>;
  const values = data.map((entry) => entry.alpha);
  const captions = data.map((entry) => `${formatAlpha(entry.alpha)} ${entry.band}`);
  const height = Math.max(150, data.length * 40 + 70);
  return (
    <figure className="analytics-chart" data-testid="reliability-chart">
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 120, bottom: 8, left: 40 }}
        title="Panel reliability per job"
        desc="Krippendorff's alpha per job; dashed lines mark 0.667 (tentative) and 0.800 (reliable)."
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          dataKey="alpha"
          domain={alphaDomain(values)}
          ticks={alphaTicks(alphaDomain(values), TENTATIVE_ALPHA, RELIABLE_ALPHA)}
          interval={0}
          tickFormatter={(value: number) => value.toFixed(value === TENTATIVE_ALPHA || value === RELIABLE_ALPHA ? 3 : 1)}
          label={{ value: "Krippendorff's alpha", position: 'insideBottom', offset: -4 }}
          height={44}
        />
        <YAxis type="category" dataKey="name" width={180} />
        <ReferenceLine x={0} stroke="#17202b" />
        <ReferenceLine x={TENTATIVE_ALPHA} stroke="#b54708" strokeDasharray="4 3" />
        <ReferenceLine x={RELIABLE_ALPHA} stroke="#067647" strokeDasharray="4 3" />
        <Bar dataKey="alpha" name="Alpha" isAnimationActive={false} barSize={18}>
          {data.map((entry) => (
            <Cell key={entry.id} fill={BAND_COLOURS[entry.band] ?? '#98a2b3'} />
          ))}
          <LabelList content={barEndLabel(captions)} />
        </Bar>
      </BarChart>
      <figcaption className="muted small">
        Dashed lines: from {TENTATIVE_ALPHA} draw only tentative conclusions, from {RELIABLE_ALPHA.toFixed(3)} rely on the ratings. 0 is
        what chance would give; below 0 the interviewers disagree more than chance, rating the same candidates systematically differently.
        Jobs without an alpha (too few ratings yet) are listed in the table only.
      </figcaption>
    </figure>
  );
}
