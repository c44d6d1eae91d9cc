import { BANK_EDITORS, BANK_EXPORTERS, type Role } from '@panelist/roles';

/** Admins and hiring managers edit and import; recruiters and interviewers read. */
export function canEditBank(role: Role): boolean {
  return BANK_EDITORS.includes(role);
}

/** Admins, hiring managers and recruiters export the whole bank; interviewers read it question by question. */
export function canExportBank(role: Role): boolean {
  return BANK_EXPORTERS.includes(role);
}
