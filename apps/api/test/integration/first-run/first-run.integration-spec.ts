import { DEMO_PASSWORD, DEMO_USERS, demoUsersWithDemoPassword, lockDemoUsers, seedDemoOrganization } from '@panelist/db';
import { hashPassword } from '../../../src/auth/passwords';
import { checkFirstRun, demoPasswordProblem, firstOrganizationHint, UnsafeStartError } from '../../../src/first-run/first-run';
import { freePort, freshDatabase, JWT_SECRET, run, signIn, start, ts, type FreshDatabase } from './processes';

const DEMO_EMAILS = DEMO_USERS.map((user) => user.email).sort();

describe('first run: demo users in production', () => {
  let fresh: FreshDatabase;
  beforeEach(async () => {
    fresh = await freshDatabase();
  });
  afterEach(() => fresh.drop());

  it('names every demo user that still has the demo password, and none once they are changed or locked', async () => {
    expect(await demoPasswordProblem(fresh.db)).toBeNull();
    await seedDemoOrganization(fresh.db);
    const problem = await demoPasswordProblem(fresh.db);
    expect(problem).toMatch(/^Refusing to start in production: these demo accounts still have the published demo password/);
    for (const email of DEMO_EMAILS) expect(problem).toContain(email);
    expect(problem).toMatch(/lock-demo-users/);

    // One of them chose a real password: only the others are named.
    await fresh.db.query(`UPDATE users SET password_hash = $2 WHERE email = $1`, [
      'admin@example.com',
      await hashPassword('a real password of their own'),
    ]);
    expect((await demoUsersWithDemoPassword(fresh.db)).map((user) => user.email).sort()).toEqual(
      DEMO_EMAILS.filter((email) => email !== 'admin@example.com'),
    );

    expect((await lockDemoUsers(fresh.db)).sort()).toEqual(DEMO_EMAILS.filter((email) => email !== 'admin@example.com'));
    expect(await demoPasswordProblem(fresh.db)).toBeNull();
    expect(await lockDemoUsers(fresh.db)).toEqual([]);
  });

  it('refuses a production start but not a local one; logs the first-organization hint only on an empty database', async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    await checkFirstRun(fresh.db, { production: true, log });
    expect(lines.join('\n')).toMatch(
      /No organization yet[\s\S]*npm run org -- create --name "<organization>" --admin-email <you@example.com>[\s\S]*docker compose exec api npm run org -- create/,
    );
    expect(await firstOrganizationHint(fresh.db)).not.toBeNull();

    await seedDemoOrganization(fresh.db);
    await expect(checkFirstRun(fresh.db, { production: true, log })).rejects.toBeInstanceOf(UnsafeStartError);
    lines.length = 0;
    await checkFirstRun(fresh.db, { production: false, log });
    expect(lines).toEqual([]);
    expect(await firstOrganizationHint(fresh.db)).toBeNull();
  });

  it('the API process exits before listening while a demo password works, and starts once they are locked', async () => {
    await seedDemoOrganization(fresh.db);
    const port = await freePort();
    const env = { NODE_ENV: 'production', DATABASE_URL: fresh.url, PORT: String(port), HOST: '127.0.0.1', JWT_SECRET, WEB_DIST: '' };
    const refused = await run(ts('apps/api/src/main.ts'), env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Refusing to start in production/);
    expect(refused.stderr).toContain('admin@example.com');
    expect(refused.stdout).not.toMatch(/listening/);

    expect((await run(ts('db/cli.ts', 'lock-demo-users'), { DATABASE_URL: fresh.url })).stdout).toMatch(
      /the demo password no longer signs in admin@example\.com/,
    );
    const api = start(ts('apps/api/src/main.ts'), env);
    try {
      await api.waitFor(/listening on port/);
      expect(api.output()).not.toMatch(/No organization yet/);
      expect(await signIn(port, 'admin@example.com', DEMO_PASSWORD)).toBe('UNAUTHENTICATED');
    } finally {
      await api.stop();
    }
  }, 120_000);

  it('db seed refuses in production and with PANELIST_DEMO=0, adding nothing', async () => {
    const unsafe: Array<Record<string, string>> = [{ NODE_ENV: 'production' }, { PANELIST_DEMO: '0' }];
    for (const env of unsafe) {
      for (const command of ['seed', 'prepare', 'demo-hiring']) {
        const result = await run(ts('db/cli.ts', command), { ...env, DATABASE_URL: fresh.url });
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/refusing to add the demo data because (NODE_ENV is production|PANELIST_DEMO=0)/);
      }
    }
    expect(await fresh.db.query(`SELECT count(*)::int AS n FROM organizations`)).toEqual([{ n: 0 }]);
    expect(await fresh.db.query(`SELECT count(*)::int AS n FROM users`)).toEqual([{ n: 0 }]);
  }, 60_000);
});

describe('npm start in production on an empty database', () => {
  let fresh: FreshDatabase;
  beforeAll(async () => {
    fresh = await freshDatabase();
  });
  afterAll(() => fresh.drop());

  it('adds no demo data, prints how to create the first organization, and no demo user can sign in', async () => {
    const port = await freePort();
    const app = start(['tools/start.mjs'], {
      NODE_ENV: 'production',
      DATABASE_URL: fresh.url,
      PORT: String(port),
      JWT_SECRET,
      SKIP_WEB_BUILD: 'true',
    });
    try {
      await app.waitFor(/Press Ctrl-C to stop/, 110_000);
      const output = app.output();
      expect(output).toMatch(/\[panelist\] Demo data: off because NODE_ENV is production/);
      expect(output).toMatch(/\[api\] No organization yet\. Create the first one/);
      expect(output).toMatch(/\[api\] {3}npm run org -- create --name "<organization>" --admin-email <you@example\.com>/);
      expect(output).toMatch(/\[api\] {3}Docker: docker compose exec api npm run org -- create/);
      expect(output).toMatch(/\[panelist\] No organization yet/);
      expect(output).not.toMatch(/db: demo organization|db: demo users|Sign in with any demo user|bank: imported/);
      for (const user of DEMO_USERS) expect(await signIn(port, user.email, DEMO_PASSWORD)).toBe('UNAUTHENTICATED');
      expect(
        await fresh.db.query(
          `SELECT (SELECT count(*)::int FROM organizations) AS organizations, (SELECT count(*)::int FROM users) AS users`,
        ),
      ).toEqual([{ organizations: 0, users: 0 }]);
    } finally {
      expect(await app.stop()).toBe(0);
    }
  }, 120_000);
});
