import { BANK_EDITORS, type Role } from '@panelist/roles';

/** Admins and hiring managers edit and import; recruiters and interviewers read. */
export function canEditBank(role: Role): boolean {
  return BANK_EDITORS.includes(role);
}
