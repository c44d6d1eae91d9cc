import { isRating, mean } from './numbers';
import { scaleRange, type ScoreScale } from './score-scale';

/** One competency of one candidate across the panel. Every figure is null when nobody rated it. */
export interface CompetencyStats {
  /** How many interviewers rated this competency. */
  n: number;
  /** The average of the interviewers' ratings on this competency. */
  mean: number | null;
  /** The middle rating once the ratings are put in order. */
  median: number | null;
  min: number | null;
  max: number | null;
  /** How far apart the highest and the lowest rating are. */
  spread: number | null;
  /** The highest and lowest ratings are at least half the scale apart. */
  disagreement: boolean;
}

/**
 * How far apart two ratings must be to flag a disagreement: half the scale's range, which is the
 * product's "2 or more points on a 4-point scale" (range 3, so 1.5), 2 points on 1..5 and 1 on 1..3.
 */
export function disagreementThreshold(scale: ScoreScale): number {
  return scaleRange(scale) / 2;
}

/**
 * The panel's ratings of one competency summarised: n, mean, median, min, max and spread, with a
 * disagreement flag when the highest and lowest ratings are at least half the scale apart (2 points on
 * a 1–4 scale), so the panel should talk it through. Missing ratings (null) are left out.
 */
export function competencyStats(ratings: ReadonlyArray<number | null | undefined>, scale: ScoreScale): CompetencyStats {
  const threshold = disagreementThreshold(scale);
  const values = ratings.filter(isRating).sort((a, b) => a - b);
  const n = values.length;
  if (n === 0) return { n, mean: null, median: null, min: null, max: null, spread: null, disagreement: false };
  const min = values[0];
  const max = values[n - 1];
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  const spread = max - min;
  return { n, mean: mean(values), median, min, max, spread, disagreement: spread >= threshold };
}
