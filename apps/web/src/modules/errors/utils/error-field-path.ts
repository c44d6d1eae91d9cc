import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The whole input path the API named (`extensions.field`, e.g. "job.rounds.1.kitId"), or null. */
export function errorFieldPath(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const field = error.errors[0]?.extensions?.field;
  return typeof field === 'string' && field ? field : null;
}
