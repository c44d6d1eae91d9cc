import type { Role } from '@panelist/roles';

/** The audit trail and its retention are for admins (the API checks the same). */
export function canReadAuditTrail(role: Role): boolean {
  return role === 'ADMIN';
}
