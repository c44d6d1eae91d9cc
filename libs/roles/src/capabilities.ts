import type { Role } from './role';

/** What each role may do, area by area, in the words the product uses. Shown to users as is. */
export interface RoleCapabilities {
  bankAndKits: string;
  candidatesAndLoops: string;
  scoring: string;
  othersScorecards: string;
  members: string;
}

export const ROLE_CAPABILITIES: Record<Role, RoleCapabilities> = {
  ADMIN: {
    bankAndKits: 'Edit everything',
    candidatesAndLoops: 'Edit everything',
    scoring: 'Your own interviews',
    othersScorecards: 'All submitted scorecards',
    members: 'Add, invite, change roles, deactivate',
  },
  HIRING_MANAGER: {
    bankAndKits: 'Edit',
    candidatesAndLoops: 'Edit',
    scoring: 'Your own interviews',
    othersScorecards: 'All submitted scorecards; records the decision',
    members: 'View',
  },
  RECRUITER: {
    bankAndKits: 'Read',
    candidatesAndLoops: 'Edit and schedule',
    scoring: 'None',
    othersScorecards: 'All submitted scorecards',
    members: 'View',
  },
  INTERVIEWER: {
    bankAndKits: 'Read',
    candidatesAndLoops: 'Only your interviews',
    scoring: 'Your own interviews',
    othersScorecards: 'Only after submitting your own',
    members: 'None',
  },
};

/** Roles that may list the organization's members (recruiters assign interviewers to loops). */
export const MEMBER_READERS: readonly Role[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER'];
/** Roles that may add, invite, change or deactivate members. */
export const MEMBER_ADMINS: readonly Role[] = ['ADMIN'];

export function canManageMembers(role: Role): boolean {
  return MEMBER_ADMINS.includes(role);
}

export function canReadMembers(role: Role): boolean {
  return MEMBER_READERS.includes(role);
}

/** Roles that may edit the question bank and import into it; everyone else reads. */
export const BANK_EDITORS: readonly Role[] = ['ADMIN', 'HIRING_MANAGER'];

/** Roles that may export the whole bank as a file; interviewers read questions one at a time. */
export const BANK_EXPORTERS: readonly Role[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER'];

export function canExportBank(role: Role): boolean {
  return BANK_EXPORTERS.includes(role);
}

/** Roles that create jobs and candidates, schedule loops and see every loop's progress. */
export const LOOP_MANAGERS: readonly Role[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER'];
/** Roles that can sit on an interview panel and score (recruiters schedule but do not score). */
export const SCORERS: readonly Role[] = ['ADMIN', 'HIRING_MANAGER', 'INTERVIEWER'];
