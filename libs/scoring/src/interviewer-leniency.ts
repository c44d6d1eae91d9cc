import { groupBy, meanPerKey } from './numbers';

/** One rating as stored: who gave it, to whom, on what. A null value is "not rated". */
export interface InterviewerRating {
  interviewerId: string;
  candidateId: string;
  competency: string;
  value: number | null;
}

/**
 * Shrinkage strength: an interviewer's leniency is estimated as if they also had k comparisons at
 * exactly 0 (an empirical-Bayes prior that everyone is in line until the ratings show otherwise), so
 * shrunk = raw × n / (n + k). k is the ratio of the noise in a single comparison to the real spread of
 * leniency between interviewers; assuming single comparisons scatter about 0.7 points by chance and
 * real leniencies differ by about 0.3 points on a 4-point scale, k ≈ (0.7 / 0.3)² ≈ 5. With k = 5, two
 * comparisons a full point low give −0.29, not −1: two ratings cannot brand anyone harsh. Re-estimate k
 * from the organization's own ratings once it has a few hundred comparisons.
 */
export const DEFAULT_SHRINKAGE_K = 5;

/**
 * Shrunk leniency, in rating points, from which an interviewer is labelled lenient or severe. A tenth
 * of a 1..4 scale's range, about what moves a composite past a close rival; with k = 5 it takes three
 * comparisons a full point off (3/8 = 0.375), or eight or more half a point off, to get there.
 */
export const LENIENCY_LABEL_THRESHOLD = 0.3;

export type LeniencyLabel = 'lenient' | 'severe' | 'in line' | 'not enough data';

export interface InterviewerLeniency {
  interviewerId: string;
  /** Comparisons: candidate-and-competency pairs this interviewer rated alongside at least one co-panelist. */
  n: number;
  /** Distinct candidates among those comparisons. */
  sharedCandidates: number;
  /** Mean deviation from the co-panelists' mean, in rating points (+ lenient, − severe); null when n = 0. */
  raw: number | null;
  /** raw × n / (n + k): pulled toward 0 when there are few comparisons; 0 when n = 0. */
  shrunk: number;
  label: LeniencyLabel;
}

export interface LeniencyOptions {
  /** Shrinkage strength, default {@link DEFAULT_SHRINKAGE_K}. 0 turns shrinkage off. */
  k?: number;
  /** Label threshold in rating points, default {@link LENIENCY_LABEL_THRESHOLD}. */
  threshold?: number;
}

// Shrunk values are sums over divisions; a hair of float error must not flip a label at the threshold.
const LABEL_TOLERANCE = 1e-9;

/**
 * How far each interviewer's ratings sit above (+) or below (−) the other interviewers' ratings of the
 * same candidates and competencies, raw and pulled toward 0 when there are few comparisons.
 *
 * All ratings must be on one scale (see `rescaleRating`). An interviewer's several ratings of the same
 * candidate and competency (two interviews covering it) are averaged first, so they count once, like
 * everyone else's. Runs in one pass over the ratings plus one over the interviewers of each pair.
 */
export function interviewerLeniency(ratings: ReadonlyArray<InterviewerRating>, options: LeniencyOptions = {}): InterviewerLeniency[] {
  const k = options.k ?? DEFAULT_SHRINKAGE_K;
  const threshold = options.threshold ?? LENIENCY_LABEL_THRESHOLD;
  if (!Number.isFinite(k) || k < 0) throw new RangeError(`The shrinkage strength k must be 0 or more; got ${k}.`);
  if (!Number.isFinite(threshold) || threshold < 0) throw new RangeError(`The leniency threshold must be 0 or more; got ${threshold}.`);

  const deviations = new Map<string, { sum: number; n: number; candidates: Set<string> }>();
  for (const rating of ratings) {
    if (!deviations.has(rating.interviewerId)) deviations.set(rating.interviewerId, { sum: 0, n: 0, candidates: new Set() });
  }
  const pairs = groupBy(ratings, (r) => JSON.stringify([r.candidateId, r.competency]));
  for (const pairRatings of pairs.values()) {
    const byInterviewer = meanPerKey(
      pairRatings,
      (r) => r.interviewerId,
      (r) => r.value,
    );
    if (byInterviewer.size < 2) continue;
    let total = 0;
    for (const value of byInterviewer.values()) total += value;
    const others = byInterviewer.size - 1;
    for (const [interviewerId, value] of byInterviewer) {
      const tally = deviations.get(interviewerId) ?? { sum: 0, n: 0, candidates: new Set<string>() };
      tally.sum += value - (total - value) / others;
      tally.n += 1;
      tally.candidates.add(pairRatings[0].candidateId);
      deviations.set(interviewerId, tally);
    }
  }

  return [...deviations].map(([interviewerId, { sum, n, candidates }]) => {
    const shrunk = n === 0 ? 0 : sum / (n + k);
    return {
      interviewerId,
      n,
      sharedCandidates: candidates.size,
      raw: n === 0 ? null : sum / n,
      shrunk,
      label: leniencyLabel(n, shrunk, threshold),
    };
  });
}

function leniencyLabel(n: number, shrunk: number, threshold: number): LeniencyLabel {
  if (n === 0) return 'not enough data';
  if (shrunk === 0 || Math.abs(shrunk) < threshold - LABEL_TOLERANCE) return 'in line';
  return shrunk > 0 ? 'lenient' : 'severe';
}

/**
 * Below this many candidates shared with co-panelists, an interviewer's own calibration figures are
 * withheld: with one or two candidates the deviation gives away a colleague's individual ratings.
 */
export const MIN_SHARED_CANDIDATES = 3;

/** What may be shown of a leniency: all of it, or "not enough data" below {@link MIN_SHARED_CANDIDATES}. */
export function disclosedLeniency(entry: InterviewerLeniency | undefined): Pick<InterviewerLeniency, 'raw' | 'shrunk' | 'label'> {
  if (!entry || entry.sharedCandidates < MIN_SHARED_CANDIDATES) return { raw: null, shrunk: 0, label: 'not enough data' };
  return { raw: entry.raw, shrunk: entry.shrunk, label: entry.label };
}

/** Interviewer id → shrunk leniency, the form calibration takes. */
export function leniencyMap(leniencies: ReadonlyArray<InterviewerLeniency>): Map<string, number> {
  return new Map(leniencies.map((l) => [l.interviewerId, l.shrunk]));
}
