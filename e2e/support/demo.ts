/** The demo organization that `db/cli.ts seed` creates (db/seeds/demo-organization.seed.ts). */
export const DEMO_ORGANIZATION = 'Acme Robotics (demo)';
export const DEMO_PASSWORD = 'panelist-demo';
export const DEMO_USERS = {
  admin: { email: 'admin@example.com', name: 'Ada Admin' },
  manager: { email: 'manager@example.com', name: 'Hana Manager' },
  recruiter: { email: 'recruiter@example.com', name: 'Rui Recruiter' },
  interviewer: { email: 'interviewer@example.com', name: 'Ivo Interviewer' },
} as const;

/** An email address no earlier run has used. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}
