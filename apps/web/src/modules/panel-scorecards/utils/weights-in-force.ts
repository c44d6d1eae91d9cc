import { DEFAULT_WEIGHT } from '@panelist/scoring';
import type { CompetencyWeightInput } from '../../../generated/graphql';
import type { JobComparison } from './comparison-types';

/**
 * Every competency of the job with the weight the composite uses: a tried weight when there is one,
 * else the kits' (competencies a kit does not weigh count 1).
 */
export function weightsInForce(
  comparison: Pick<JobComparison, 'competencies' | 'weights'>,
  tried: readonly CompetencyWeightInput[] | null = null,
): CompetencyWeightInput[] {
  return comparison.competencies.map((competency) => ({
    competency,
    weight: (tried ?? comparison.weights).find((entry) => entry.competency === competency)?.weight ?? DEFAULT_WEIGHT,
  }));
}

/** A short description of the weights, e.g. "System design 3 · Databases 1". */
export function describeWeights(weights: readonly CompetencyWeightInput[], label: (competency: string) => string): string {
  return weights.map((entry) => `${label(entry.competency)} ${entry.weight}`).join(' · ');
}
