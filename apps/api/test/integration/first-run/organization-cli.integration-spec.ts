import { randomBytes } from 'node:crypto';
import { createOrganization, PASSWORD, signedIn } from '../../support/fixtures';
import { errorOf, startTestApp, type TestApp } from '../../support/test-app';
import { run, ts, type Finished } from './processes';

const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { organization { id name slug } role } }`;
const ACCEPT_SIGNED_IN = `mutation ($token: String!) { acceptInvitationSignedIn(token: $token) { organization { id slug } role memberships { organization { id } } } }`;
const PREVIEW = `query ($token: String!) { invitation(token: $token) { email name organizationName role } }`;
const PUBLIC_URL = 'https://panelist.example.test';

/** `npm run org -- …` as an operator runs it: the launcher, against DATABASE_URL. */
const org = (...args: string[]): Promise<Finished> =>
  run(['tools/org.mjs', ...args], { DATABASE_URL: process.env.INTEGRATION_DATABASE_URL ?? '', PUBLIC_URL });

function linkIn(output: string): { url: string; token: string } {
  const match = /^ {2}(https:\/\/panelist\.example\.test\/invite\/([A-Za-z0-9_-]{20,}))$/m.exec(output);
  if (!match) throw new Error(`no invitation link in:\n${output}`);
  return { url: match[1], token: match[2] };
}

const slugIn = (output: string) => /\(slug ([a-z0-9-]+)\)/.exec(output)?.[1];

// Each case starts the real CLI process, which compiles the API's TypeScript as it loads: on a busy
// 2-CPU machine a case with three runs takes well over the default 30 s.
jest.setTimeout(120_000);

describe('npm run org (the operator CLI) against real PostgreSQL', () => {
  let t: TestApp;
  const suffix = randomBytes(3).toString('hex');
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL });
  });
  afterAll(() => t.close());

  it('creates an organization and a one-time link that makes a new person its first admin', async () => {
    const name = `Northwind Hiring ${suffix}`;
    const email = `first.admin.${suffix}@northwind.test`;
    const created = await org('create', '--name', name, '--admin-email', email, '--admin-name', 'Nora North');
    expect(created.code).toBe(0);
    const slug = slugIn(created.stdout);
    expect(slug).toBe(`northwind-hiring-${suffix}`);
    expect(created.stdout).toContain(`${email} becomes an admin of ${name}`);
    const { token } = linkIn(created.stdout);

    expect((await t.client().ok<{ invitation: unknown }>(PREVIEW, { token })).invitation).toEqual({
      email,
      name: 'Nora North',
      organizationName: name,
      role: 'ADMIN',
    });
    const admin = t.client();
    const accepted = await admin.ok<{ acceptInvitation: { organization: { slug: string; name: string }; role: string } }>(ACCEPT, {
      input: { token, password: 'a first admin passphrase' },
    });
    expect(accepted.acceptInvitation).toMatchObject({ organization: { slug, name }, role: 'ADMIN' });
    expect(errorOf(await t.client().request(ACCEPT, { input: { token, password: 'someone else entirely' } })).code).toBe('NOT_FOUND');
    expect((await t.client().login(email, 'a first admin passphrase')).errors).toBeUndefined();

    const listed = await org('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^slug +name +members +invited$/m);
    expect(listed.stdout).toMatch(new RegExp(`^${slug} +${name} +1 +0$`, 'm'));
  });

  it('gives a taken name a slug of its own', async () => {
    const name = `Same Name ${suffix}`;
    const first = await org('create', '--name', name, '--admin-email', `a.${suffix}@same.test`);
    const second = await org('create', '--name', name, '--admin-email', `b.${suffix}@same.test`);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(slugIn(first.stdout)).toBe(`same-name-${suffix}`);
    expect(slugIn(second.stdout)).toMatch(new RegExp(`^same-name-${suffix}-[a-f0-9]{6}$`));
  });

  it('invites someone who already has an account elsewhere without touching their password: they accept signed in', async () => {
    const elsewhere = await createOrganization(t.db, 'cli-elsewhere');
    const person = elsewhere.members.RECRUITER;
    const created = await org('create', '--name', `Second Home ${suffix}`, '--admin-email', person.email.toUpperCase());
    expect(created.code).toBe(0);
    const { token } = linkIn(created.stdout);

    // The link cannot choose a new password for a claimed account.
    expect(errorOf(await t.client().request(ACCEPT, { input: { token, password: 'a takeover attempt 123' } }))).toEqual({
      code: 'UNAUTHENTICATED',
      field: 'password',
    });
    const client = await signedIn(t.client(), person);
    const joined = await client.ok<{ acceptInvitationSignedIn: { organization: { slug: string }; role: string; memberships: unknown[] } }>(
      ACCEPT_SIGNED_IN,
      { token },
    );
    expect(joined.acceptInvitationSignedIn).toMatchObject({ organization: { slug: slugIn(created.stdout) }, role: 'ADMIN' });
    expect(joined.acceptInvitationSignedIn.memberships).toHaveLength(2);
    expect((await t.client().login(person.email, PASSWORD)).errors).toBeUndefined();
  });

  it('invite-admin replaces a pending first-admin link (the old one stops working) and refuses to touch joined members', async () => {
    const email = `late.${suffix}@late.test`;
    const created = await org('create', '--name', `Late Start ${suffix}`, '--admin-email', email);
    const slug = slugIn(created.stdout) ?? '';
    const old = linkIn(created.stdout);
    const again = await org('invite-admin', '--org', slug, '--admin-email', email);
    expect(again.code).toBe(0);
    const fresh = linkIn(again.stdout);
    expect(fresh.token).not.toBe(old.token);
    expect(errorOf(await t.client().request(PREVIEW, { token: old.token })).code).toBe('NOT_FOUND');
    await t.client().ok(ACCEPT, { input: { token: fresh.token, password: 'late but here 2026' } });
    expect(
      await t.db.query(
        `SELECT e.action, e.actor_label AS "actorLabel" FROM audit_events e JOIN organizations o ON o.id = e.organization_id
          WHERE o.slug = $1 AND e.action IN ('organization.created', 'invitation.reissued') ORDER BY e.action`,
        [slug],
      ),
    ).toEqual([
      { action: 'invitation.reissued', actorLabel: 'operator (command line)' },
      { action: 'organization.created', actorLabel: 'operator (command line)' },
    ]);

    const member = await org('invite-admin', '--org', slug, '--admin-email', email);
    expect(member.code).toBe(1);
    expect(member.stderr).toMatch(/is already an active member of Late Start/);
    const unknown = await org('invite-admin', '--org', `no-such-${suffix}`, '--admin-email', email);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No organization has the slug/);
  });

  it('answers a wrong command line with the usage and exit code 2, creating nothing (every case: org-command.spec.ts)', async () => {
    const name = `Never Created ${suffix}`;
    const cases: Array<[string[], RegExp]> = [
      [['create', '--name', name], /--admin-email is required/],
      [['create', '--name', name, '--admin-email', 'not-an-email'], /--admin-email "not-an-email" is not an email address/],
    ];
    for (const [args, problem] of cases) {
      const result = await org(...args);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(problem);
      expect(result.stderr).toMatch(/usage: npm run org -- create --name <organization> --admin-email <email>/);
    }
    expect(await t.db.query(`SELECT count(*)::int AS n FROM organizations WHERE name = $1`, [name])).toEqual([{ n: 0 }]);
  });

  it('runs the way the Docker image runs it (node -r ./tools/ts-register.cjs …/organization.cli.ts)', async () => {
    const result = await run(ts('apps/api/src/organizations/organization.cli.ts', 'list'), {
      DATABASE_URL: process.env.INTEGRATION_DATABASE_URL ?? '',
      NODE_ENV: 'production',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^slug +name +members +invited$/m);
  });
});
