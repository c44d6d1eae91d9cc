// Mirrors db/seeds/demo-organization.seed.ts for the start-up banner (a test keeps the two equal).
export const DEMO_LOGIN = {
  password: 'panelist-demo',
  users: [
    { role: 'Admin', email: 'admin@example.com' },
    { role: 'Hiring manager', email: 'manager@example.com' },
    { role: 'Recruiter', email: 'recruiter@example.com' },
    { role: 'Interviewer', email: 'interviewer@example.com' },
  ],
};
