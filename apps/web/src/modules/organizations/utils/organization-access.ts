import type { Role } from '@panelist/roles';

/** Only admins see and change the organization's settings (name, sign-in methods, single sign-on). */
export function canManageOrganization(role: Role): boolean {
  return role === 'ADMIN';
}
