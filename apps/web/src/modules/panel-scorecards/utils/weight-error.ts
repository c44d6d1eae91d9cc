import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { CompetencyWeightInput } from '../../../generated/graphql';
import { describeError } from '../../errors';

/** The index of the weight the API refused ("weights.2.weight" → 2), or null for any other error. */
export function refusedWeightIndex(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  if (first?.extensions?.code !== 'BAD_USER_INPUT') return null;
  const field = first.extensions.field;
  const match = typeof field === 'string' ? /^weights\.(\d+)(\.|$)/.exec(field) : null;
  return match ? Number(match[1]) : null;
}

/** The refused weight by competency (the index points into the weights that were sent), with the server's message. */
export function refusedWeight(
  error: unknown,
  sent: readonly CompetencyWeightInput[] | null,
): { competency: string; message: string } | null {
  const index = refusedWeightIndex(error);
  const competency = index === null ? undefined : sent?.[index]?.competency;
  return competency ? { competency, message: describeError(error).message } : null;
}
