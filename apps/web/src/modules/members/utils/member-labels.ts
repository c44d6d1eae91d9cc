import { ROLES, ROLE_LABELS } from '@panelist/roles';
import type { MemberFieldsFragment, MemberStatus } from '../../../generated/graphql';

export const STATUS_LABELS: Record<MemberStatus, string> = {
  ACTIVE: 'Active',
  INVITED: 'Invited',
  DEACTIVATED: 'Deactivated',
};

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** The order the API lists members in: by name, case-insensitively, then email. */
export function byName(a: MemberFieldsFragment, b: MemberFieldsFragment): number {
  return a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.email.localeCompare(b.email);
}

export function summarize(members: readonly MemberFieldsFragment[]): string {
  const count = (status: MemberStatus) => members.filter((member) => member.status === status).length;
  const parts = [`${members.length} ${members.length === 1 ? 'member' : 'members'}`];
  if (count('INVITED')) parts.push(`${count('INVITED')} invited`);
  if (count('DEACTIVATED')) parts.push(`${count('DEACTIVATED')} deactivated`);
  return parts.join(' · ');
}
