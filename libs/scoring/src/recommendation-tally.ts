import type { Recommendation } from '@panelist/scorecards';

// The recommendation scale is defined once, with the scorecard (no neutral option).
export type { Recommendation };

/** Signed so that averaging gives a lean: no neutral point, and a strong call counts double. */
export const RECOMMENDATION_LEAN: Readonly<Record<Recommendation, number>> = {
  STRONG_NO: -2,
  NO: -1,
  YES: 1,
  STRONG_YES: 2,
};

export interface RecommendationTally {
  counts: Record<Recommendation, number>;
  /** Recommendations given; scorecards without one yet are not counted. */
  total: number;
  /** The average recommendation from −2 (all Strong no) to +2 (all Strong yes); null when there are none. */
  lean: number | null;
  /** At least one interviewer recommends hiring and at least one does not. */
  split: boolean;
}

/**
 * How many interviewers gave each overall recommendation, with the average lean from −2 (everyone
 * Strong no) to +2 (everyone Strong yes) and a split flag when the panel is on both sides.
 */
export function tallyRecommendations(recommendations: ReadonlyArray<Recommendation | null | undefined>): RecommendationTally {
  const counts: Record<Recommendation, number> = { STRONG_NO: 0, NO: 0, YES: 0, STRONG_YES: 0 };
  let total = 0;
  let leanSum = 0;
  for (const recommendation of recommendations) {
    if (recommendation == null) continue;
    counts[recommendation] += 1;
    total += 1;
    leanSum += RECOMMENDATION_LEAN[recommendation];
  }
  const noes = counts.STRONG_NO + counts.NO;
  const yeses = counts.YES + counts.STRONG_YES;
  return { counts, total, lean: total === 0 ? null : leanSum / total, split: noes > 0 && yeses > 0 };
}
