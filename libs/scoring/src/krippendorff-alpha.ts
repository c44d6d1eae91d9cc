import { groupBy, isRating, meanPerKey } from './numbers';
import { type InterviewerRating } from './interviewer-leniency';

/**
 * How a difference between two values is weighed: nominal (equal or not), ordinal (by how many values
 * lie between them), interval (by the squared distance), ratio (by the squared relative distance).
 */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** Why alpha could not be computed. */
export type AlphaUnavailableReason = 'NO_PAIRABLE_VALUES' | 'NO_VARIATION';

export interface AlphaResult {
  /** null when it cannot be computed; see `reason`. */
  alpha: number | null;
  metric: AlphaMetric;
  reason: AlphaUnavailableReason | null;
  /** n: values in units that have at least two of them (only those can be paired). */
  pairableValues: number;
  /** Units with at least two values; units with fewer are left out. */
  unitsUsed: number;
}

type ValueCounts = ReadonlyArray<readonly [value: number, count: number]>;
/** Σc Σk nc·nk·δ²(c, k) over the given value counts: the disagreement summed over all ordered pairs. */
type PairDisagreement = (counts: ValueCounts) => number;

/**
 * Krippendorff's alpha: how far the interviewers agree beyond what chance would give, from 1 for
 * perfect agreement down to 0 for chance level, and it allows missing ratings.
 *
 * `data` is the reliability data matrix: one row per coder (interviewer), one column per unit (a
 * candidate's competency), null where the coder gave no value. Rows may differ in length.
 */
export function krippendorffAlpha(
  data: ReadonlyArray<ReadonlyArray<number | null | undefined>>,
  metric: AlphaMetric = 'interval',
): AlphaResult {
  const unitCount = data.reduce((longest, row) => Math.max(longest, row.length), 0);
  const units = Array.from({ length: unitCount }, (_, u) => data.map((row) => row[u]));
  return krippendorffAlphaOfUnits(units, metric);
}

/**
 * Krippendorff's alpha from the values each unit received, coders not needed: the same figure as
 * {@link krippendorffAlpha}, without building a mostly empty coders × units matrix.
 *
 * Follows the coincidence-matrix formulation of Krippendorff, "Computing Krippendorff's Alpha-
 * Reliability" (2011): α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck. The coincidences o_ck are
 * summed unit by unit (each unit's pairs weighed 1 / (m_u − 1)) instead of being stored, so the work
 * is linear in the units and at most quadratic in one unit's values; ordinal and ratio data also cost
 * (distinct values)² once, which is tiny for rating scales.
 */
export function krippendorffAlphaOfUnits(
  units: Iterable<ReadonlyArray<number | null | undefined>>,
  metric: AlphaMetric = 'interval',
): AlphaResult {
  const pairable: ValueCounts[] = [];
  const marginals = new Map<number, number>();
  let n = 0;
  for (const unit of units) {
    const values = unit.filter(isRating);
    if (values.length < 2) continue;
    if (metric === 'ratio' && values.some((v) => v < 0)) throw new RangeError('Ratio data cannot be negative.');
    const counts = countValues(values);
    for (const [value, count] of counts) marginals.set(value, (marginals.get(value) ?? 0) + count);
    pairable.push(counts);
    n += values.length;
  }
  const result = { metric, pairableValues: n, unitsUsed: pairable.length };
  if (n === 0) return { ...result, alpha: null, reason: 'NO_PAIRABLE_VALUES' };
  // One value throughout: expected disagreement is 0 and agreement cannot be told apart from chance.
  if (marginals.size < 2) return { ...result, alpha: null, reason: 'NO_VARIATION' };

  const totals: ValueCounts = [...marginals].sort((a, b) => a[0] - b[0]);
  const disagreement = pairDisagreement(metric, totals);
  let observed = 0;
  for (const counts of pairable) {
    const m = counts.reduce((sum, [, count]) => sum + count, 0);
    observed += disagreement(counts) / (m - 1);
  }
  const expected = disagreement(totals);
  return { ...result, alpha: 1 - ((n - 1) * observed) / expected, reason: null };
}

/**
 * Krippendorff's alpha of a set of ratings, each candidate-and-competency pair being one unit and each
 * interviewer one coder. An interviewer's several ratings of one unit are averaged first.
 */
export function panelReliability(ratings: ReadonlyArray<InterviewerRating>, metric: AlphaMetric = 'interval'): AlphaResult {
  const units = groupBy(ratings, (r) => JSON.stringify([r.candidateId, r.competency]));
  return krippendorffAlphaOfUnits(
    [...units.values()].map((unit) => [
      ...meanPerKey(
        unit,
        (r) => r.interviewerId,
        (r) => r.value,
      ).values(),
    ]),
    metric,
  );
}

function countValues(values: readonly number[]): ValueCounts {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts];
}

/** The metric's δ², summed over ordered pairs; `totals` (sorted by value) are the pairable values' frequencies. */
function pairDisagreement(metric: AlphaMetric, totals: ValueCounts): PairDisagreement {
  switch (metric) {
    case 'nominal':
      // δ² is 1 for every unequal pair: m² minus the equal pairs Σ nc².
      return (counts) => {
        let m = 0;
        let equal = 0;
        for (const [, count] of counts) {
          m += count;
          equal += count * count;
        }
        return m * m - equal;
      };
    case 'interval':
      // Σc Σk nc nk (c − k)² = 2m · Σ nc (c − mean)²: linear, and centred so it does not lose precision.
      return (counts) => {
        let m = 0;
        let sum = 0;
        for (const [value, count] of counts) {
          m += count;
          sum += value * count;
        }
        const centre = sum / m;
        let squares = 0;
        for (const [value, count] of counts) squares += count * (value - centre) ** 2;
        return 2 * m * squares;
      };
    case 'ratio':
      return sumOverPairs((c, k) => (c + k === 0 ? 0 : ((c - k) / (c + k)) ** 2));
    case 'ordinal': {
      // δ_ck = (Σ n_g for g from c to k) − (n_c + n_k) / 2, using the frequencies of all pairable values.
      const rank = new Map<number, { below: number; count: number }>();
      let below = 0;
      for (const [value, count] of totals) {
        rank.set(value, { below, count });
        below += count;
      }
      return sumOverPairs((c, k) => {
        const [low, high] = c < k ? [c, k] : [k, c];
        const lo = rank.get(low) ?? { below: 0, count: 0 };
        const hi = rank.get(high) ?? { below: 0, count: 0 };
        const through = hi.below + hi.count - lo.below;
        return (through - (lo.count + hi.count) / 2) ** 2;
      });
    }
  }
}

/** Σ over ordered pairs of distinct values; δ²(c, c) is 0 for every metric, so equal values are skipped. */
function sumOverPairs(deltaSquared: (c: number, k: number) => number): PairDisagreement {
  return (counts) => {
    let sum = 0;
    for (let i = 0; i < counts.length; i++) {
      for (let j = i + 1; j < counts.length; j++) sum += 2 * counts[i][1] * counts[j][1] * deltaSquared(counts[i][0], counts[j][0]);
    }
    return sum;
  };
}
