import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { LENIENCY_LABEL_THRESHOLD } from '@panelist/scoring';
import { formatSigned } from '../../panel-scorecards';
import type { InterviewerCalibration } from '../utils/analytics-types';
import { symmetricDomain, symmetricTicks } from '../utils/chart-scale';
import { barEndLabel } from './BarEndLabel';

const LABEL_COLOURS: Record<string, string> = { lenient: '#b54708', severe: '#1d4f91', 'in line': '#667085' };

/** Adjusted leniency per interviewer, diverging around 0: right is lenient, left is severe. */
export function LeniencyChart({ rows }: { rows: readonly InterviewerCalibration[] }) {
  const data = rows.map((row) => ({
    id: row.interviewer.userId,
    name: row.interviewer.name,
    leniency: row.shrunkLeniency,
    label: row.label,
  }));
  const values = data.map((entry) => entry.leniency);
  const captions = data.map((entry) => `${formatSigned(entry.leniency)} ${entry.label}`);
  const height = Math.max(160, data.length * 40 + 70);
  const domain = symmetricDomain(values);
  return (
    <figure className="analytics-chart" data-testid="leniency-chart">
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 110, bottom: 8, left: 110 }}
        title="Adjusted leniency per interviewer"
        desc="Bars to the right of zero are lenient, bars to the left severe; dashed lines mark the lenient and severe thresholds."
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          dataKey="leniency"
          domain={domain}
          ticks={symmetricTicks(domain, LENIENCY_LABEL_THRESHOLD)}
          interval={0}
          tickFormatter={(value: number) => formatSigned(value, 1)}
          label={{ value: '← severe · rating points · lenient →', position: 'insideBottom', offset: -4 }}
          height={44}
        />
        <YAxis type="category" dataKey="name" width={140} />
        <ReferenceLine x={0} stroke="#17202b" />
        <ReferenceLine x={LENIENCY_LABEL_THRESHOLD} stroke="#b54708" strokeDasharray="4 3" />
        <ReferenceLine x={-LENIENCY_LABEL_THRESHOLD} stroke="#1d4f91" strokeDasharray="4 3" />
        <Bar dataKey="leniency" name="Adjusted leniency" isAnimationActive={false} barSize={18}>
          {data.map((entry) => (
            <Cell key={entry.id} fill={LABEL_COLOURS[entry.label] ?? '#98a2b3'} />
          ))}
          <LabelList content={barEndLabel(captions)} />
        </Bar>
      </BarChart>
      <figcaption className="muted small">
        Bars right of 0 rate above their co-panelists (lenient), left below (severe); the dashed lines at ±{LENIENCY_LABEL_THRESHOLD} mark
        where an interviewer is labelled lenient or severe. Each bar’s label gives the figure and the label, so colour is not needed to read
        it.
      </figcaption>
    </figure>
  );
}
