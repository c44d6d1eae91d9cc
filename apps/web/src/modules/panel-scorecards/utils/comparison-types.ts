import type { JobComparisonQuery } from '../../../generated/graphql';

export type JobComparison = JobComparisonQuery['jobComparison'];
export type ComparisonRow = JobComparison['rows'][number];
export type Reliability = JobComparison['reliability'];
