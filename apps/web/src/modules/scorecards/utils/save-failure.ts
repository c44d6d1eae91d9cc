import type { SaveFailure } from '@panelist/autosave';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeError } from '../../errors';

/**
 * Why a save failed, as autosave must react to it: network → keep the queue and retry later;
 * stale → another tab or device saved first, merge; locked → the scorecard was submitted; other → show it.
 */
export type { SaveFailure };

export function classifySaveError(error: unknown): SaveFailure {
  const problem = describeError(error);
  if (problem.code === 'NETWORK') return { kind: 'network', message: problem.message };
  if (problem.code === 'CONFLICT' && CombinedGraphQLErrors.is(error)) {
    const field = error.errors[0]?.extensions?.field;
    if (field === 'status') return { kind: 'locked', message: problem.message };
    return { kind: 'stale', message: problem.message };
  }
  return { kind: 'other', message: problem.message };
}
