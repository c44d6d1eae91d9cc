import { run, ts } from '../first-run/processes';

// The API process itself, started the way the image and npm start start it.
describe('configuration at start-up', () => {
  const base = {
    NODE_ENV: 'production',
    DATABASE_URL: process.env.INTEGRATION_DATABASE_URL ?? '',
    JWT_SECRET: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8',
    WEB_DIST: '',
  };

  it.each([
    [{ PORT: 'abc' }, /^PORT must be a whole number/m],
    [{ LOGIN_ATTEMPTS_PER_MINUTE: 'ten' }, /^LOGIN_ATTEMPTS_PER_MINUTE must be a whole number/m],
    [{ COOKIE_SECURE: 'yes' }, /^COOKIE_SECURE must be true or false/m],
    [{ JWT_SECRET: ' '.repeat(32) }, /^JWT_SECRET is too easy to guess/m],
    [{ DATABASE_URL: 'localhost:5432/panelist' }, /^DATABASE_URL must/m],
  ])('refuses %j before connecting anywhere, naming the variable', async (env, message) => {
    const result = await run(ts('apps/api/src/main.ts'), { ...base, PORT: '0', ...env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).not.toMatch(/listening/);
  });
});
