import { useSearchParams } from 'react-router';
import type { CompetencyWeightInput } from '../../../generated/graphql';
import { WEIGHT_PARAM, weightsFromSearch } from '../utils/weights-search';

/** The weights being tried, kept in the address; null means the kits' own weights. */
export function useComparisonWeights() {
  const [params, setParams] = useSearchParams();
  const weights = weightsFromSearch(params);

  function apply(next: readonly CompetencyWeightInput[] | null) {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.delete(WEIGHT_PARAM);
        for (const { competency, weight } of next ?? []) updated.append(WEIGHT_PARAM, `${competency}:${weight}`);
        return updated;
      },
      { replace: true },
    );
  }

  return { weights, apply };
}
