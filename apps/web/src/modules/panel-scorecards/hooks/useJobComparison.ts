import { useQuery } from '@apollo/client/react';
import { JobComparisonDocument, type CompetencyWeightInput } from '../../../generated/graphql';

/** The comparison for the job with the tried weights; keeps showing the last answer while a new one loads or fails. */
export function useJobComparison(jobId: string, weights: CompetencyWeightInput[] | null) {
  const { data, previousData, error, loading } = useQuery(JobComparisonDocument, {
    variables: weights ? { jobId, weights } : { jobId },
    fetchPolicy: 'cache-and-network',
  });
  return { comparison: (data ?? previousData)?.jobComparison, error, loading };
}
