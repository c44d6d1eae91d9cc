import type { CompetencyWeightInput } from '../../../generated/graphql';

/** Tried weights live in the address (?w=system-design:3&w=databases:1) so the print view and a shared link keep them. */
export const WEIGHT_PARAM = 'w';

/** The weights in the address, or null when there are none (the kits' weights apply). */
export function weightsFromSearch(params: URLSearchParams): CompetencyWeightInput[] | null {
  const weights = params.getAll(WEIGHT_PARAM).flatMap((entry) => {
    const separator = entry.lastIndexOf(':');
    if (separator <= 0) return [];
    const weight = Number(entry.slice(separator + 1));
    return Number.isFinite(weight) ? [{ competency: entry.slice(0, separator), weight }] : [];
  });
  return weights.length ? weights : null;
}

/** The address query for these weights ('' for the kits' own weights). */
export function searchForWeights(weights: readonly CompetencyWeightInput[] | null): string {
  if (!weights?.length) return '';
  const params = new URLSearchParams();
  for (const { competency, weight } of weights) params.append(WEIGHT_PARAM, `${competency}:${weight}`);
  return `?${params.toString()}`;
}
