import type { ScorecardStatus } from '../../../generated/graphql';

/** The primary action for one's own scorecard of an interview. */
export function scoringActionLabel(status: ScorecardStatus | null | undefined): string {
  switch (status) {
    case 'SUBMITTED':
      return 'View scorecard';
    case 'DRAFT':
      return 'Continue scoring';
    case 'PENDING':
    case null:
    case undefined:
      return 'Start scoring';
  }
}

export function needsScoring(status: ScorecardStatus | null | undefined): boolean {
  return status !== 'SUBMITTED';
}
