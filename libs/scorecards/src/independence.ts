import { LOOP_MANAGERS, type Role } from '@panelist/roles';

export type ScorecardStatus = 'PENDING' | 'DRAFT' | 'SUBMITTED';

/** Roles that see every submitted scorecard of their organization (see the product's role table). */
const OVERSEERS = LOOP_MANAGERS;

/**
 * Independence: may this viewer read other interviewers' submitted scorecards for a candidate?
 * Anyone still owing a scorecard for the candidate may not, whatever their role, so a first
 * impression is never anchored on a colleague's. Interviewers additionally need to have
 * submitted one of their own for the candidate; overseers see everything once they owe nothing.
 * Drafts are never shared: this rule only ever opens SUBMITTED scorecards.
 */
export function mayReadPanelScorecards(viewerRole: Role, ownStatusesForCandidate: readonly ScorecardStatus[]): boolean {
  if (ownStatusesForCandidate.some((status) => status !== 'SUBMITTED')) return false;
  if (OVERSEERS.includes(viewerRole)) return true;
  return ownStatusesForCandidate.length > 0;
}
