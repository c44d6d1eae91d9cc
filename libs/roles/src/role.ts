/** The four roles a member of an organization can hold (see the role table in PRODUCT.md). */
export const ROLES = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const ALL_ROLES: readonly Role[] = ROLES;

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  HIRING_MANAGER: 'Hiring manager',
  RECRUITER: 'Recruiter',
  INTERVIEWER: 'Interviewer',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
