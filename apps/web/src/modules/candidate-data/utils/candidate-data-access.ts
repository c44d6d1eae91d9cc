import type { Role } from '@panelist/roles';

/** Exporting, erasing and the retention of candidates' data are for admins (the API checks the same). */
export function canManageCandidateData(role: Role): boolean {
  return role === 'ADMIN';
}
