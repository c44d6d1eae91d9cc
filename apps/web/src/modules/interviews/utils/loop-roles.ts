import { LOOP_MANAGERS, SCORERS, type Role } from '@panelist/roles';

/** Admins, hiring managers and recruiters: create jobs and candidates, schedule, follow every loop. */
export function canManageLoops(role: Role): boolean {
  return LOOP_MANAGERS.includes(role);
}

/** Admins, hiring managers and interviewers sit on panels; recruiters never score. */
export function canScore(role: Role): boolean {
  return SCORERS.includes(role);
}
