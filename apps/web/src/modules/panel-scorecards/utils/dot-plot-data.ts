import type { ComparisonRow } from './comparison-types';

export interface DotPoint {
  /** The competency mean on 1–4. */
  mean: number;
  /** The competency's row, nudged per candidate so equal means stay visible side by side. */
  position: number;
  competency: string;
  candidate: string;
}

export interface DotSeries {
  candidate: string;
  points: DotPoint[];
}

/** One series per candidate the viewer may see, one point per competency somebody rated. */
export function dotPlotSeries(rows: readonly ComparisonRow[], competencies: readonly string[]): DotSeries[] {
  const visible = rows.filter((row) => row.visible);
  const band = 0.5;
  const step = visible.length > 1 ? band / (visible.length - 1) : 0;
  return visible.map((row, index) => ({
    candidate: row.candidate.name,
    points: competencies.flatMap((competency, competencyIndex) => {
      const mean = row.competencies.find((summary) => summary.competency === competency)?.mean;
      if (typeof mean !== 'number') return [];
      const nudge = visible.length > 1 ? -band / 2 + index * step : 0;
      return [{ mean, position: competencyIndex + nudge, competency, candidate: row.candidate.name }];
    }),
  }));
}
