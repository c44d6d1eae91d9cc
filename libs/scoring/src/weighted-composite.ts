import { MAX_WEIGHT, MIN_WEIGHT } from '@panelist/kits';
import { isRating } from './numbers';

/** Competencies a kit does not weight count once, like every other. */
export const DEFAULT_WEIGHT = 1;

export interface CompetencyWeight {
  competency: string;
  weight: number;
}

export interface CompetencyMean {
  competency: string;
  /** null or undefined when nobody rated the competency. */
  mean: number | null | undefined;
}

export interface WeightProblem {
  competency: string;
  /** Where the problem is in the kit's weight list, e.g. `competencyWeights.2.weight`. */
  field: string;
  message: string;
}

export interface CompositeScore {
  /** The weighted average of the rated competencies' means; null when no weighted competency was rated. */
  score: number | null;
  /** Sum of the weights that went into the score. */
  totalWeight: number;
  /** Rated competencies that count toward the score, in input order. */
  competenciesUsed: string[];
  /** Competencies with a weight above 0 that nobody rated, so the score leaves them out. */
  competenciesMissing: string[];
}

/** Weights that cannot be used, each naming the competency and the reason: out of 0–10, not a number, unnamed, or given twice. */
export function validateWeights(weights: ReadonlyArray<CompetencyWeight>): WeightProblem[] {
  const problems: WeightProblem[] = [];
  const seen = new Set<string>();
  weights.forEach(({ competency, weight }, index) => {
    const field = `competencyWeights.${index}`;
    if (!competency.trim()) {
      problems.push({ competency, field: `${field}.competency`, message: `Weight ${index + 1} does not name a competency.` });
    }
    if (!Number.isFinite(weight) || weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
      problems.push({
        competency,
        field: `${field}.weight`,
        message: `The weight of ${competency} must be between ${MIN_WEIGHT} and ${MAX_WEIGHT}; it is ${Number.isFinite(weight) ? weight : 'not a number'}.`,
      });
    }
    if (seen.has(competency)) {
      problems.push({ competency, field: `${field}.competency`, message: `${competency} is weighted twice.` });
    }
    seen.add(competency);
  });
  return problems;
}

/**
 * The average of the competency means weighted by the kit's weights (1 for a competency the kit does
 * not weight), leaving out competencies nobody rated and saying which they were.
 */
export function weightedComposite(means: ReadonlyArray<CompetencyMean>, weights: ReadonlyArray<CompetencyWeight> = []): CompositeScore {
  const problems = validateWeights(weights);
  if (problems.length > 0) throw new RangeError(problems.map((p) => p.message).join(' '));
  const weightOf = new Map(weights.map((w) => [w.competency, w.weight]));
  let weightedSum = 0;
  let totalWeight = 0;
  const competenciesUsed: string[] = [];
  const competenciesMissing: string[] = [];
  const listed = new Set<string>();
  for (const { competency, mean } of means) {
    if (listed.has(competency)) throw new RangeError(`${competency} is listed twice; pass one mean per competency.`);
    listed.add(competency);
    const weight = weightOf.get(competency) ?? DEFAULT_WEIGHT;
    if (weight === 0) continue;
    if (!isRating(mean)) {
      competenciesMissing.push(competency);
      continue;
    }
    weightedSum += weight * mean;
    totalWeight += weight;
    competenciesUsed.push(competency);
  }
  // A weighted competency with no ratings at all (not even listed) is just as missing.
  for (const { competency, weight } of weights) {
    if (weight > 0 && !listed.has(competency)) competenciesMissing.push(competency);
  }
  return { score: totalWeight > 0 ? weightedSum / totalWeight : null, totalWeight, competenciesUsed, competenciesMissing };
}
