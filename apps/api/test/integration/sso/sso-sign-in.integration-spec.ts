import { randomUUID } from 'node:crypto';
import { addMember, createOrganization, PASSWORD, signedIn, type TestOrganization } from '../../support/fixtures';
import {
  CALLBACK_URL,
  configureSso,
  finishSignIn,
  finishSignInWithCookie,
  ME_FIELDS,
  PUBLIC_URL,
  setsSession,
  startSignIn,
  type Redirect,
  type Viewer,
} from '../../support/oidc/single-sign-on';
import { startTestIdentityProvider, type TestIdentityProvider } from '../../support/oidc/test-identity-provider';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

/** Sign-in through a real OpenID provider (oidc-provider), from the login page's button to a session. */
describe('single sign-on', () => {
  let t: TestApp;
  let idp: TestIdentityProvider;
  let org: TestOrganization;

  const unique = (local: string, domain = 'corp.test') => `${local}.${randomUUID().slice(0, 8)}@${domain}`;

  /** The whole browser round trip: start, the provider's login form, the callback. */
  async function signInThroughProvider(
    browser: GraphQLTestClient,
    email: string,
    { organization = org, redirect }: { organization?: TestOrganization; redirect?: string } = {},
  ): Promise<Redirect> {
    const start = await startSignIn(browser, organization.slug, redirect);
    expect(start.status).toBe(302);
    expect(start.location.startsWith(`${idp.issuer}/auth?`)).toBe(true);
    return finishSignIn(browser, await idp.signIn(start.location, { email }));
  }

  async function viewer(browser: GraphQLTestClient): Promise<Viewer> {
    return (await browser.ok<{ me: Viewer }>(`{ me { ${ME_FIELDS} } }`)).me;
  }

  const countRows = async (sql: string, params: unknown[]) => Number((await t.db.query<Array<{ n: string }>>(sql, params))[0].n);

  beforeAll(async () => {
    [t, idp] = await Promise.all([startTestApp({ PUBLIC_URL }), startTestIdentityProvider(CALLBACK_URL)]);
    org = await createOrganization(t.db, 'sso');
    await configureSso(await signedIn(t.client(), org.members.ADMIN), {
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
    });
  }, 60_000);
  afterAll(async () => {
    await Promise.all([t?.close(), idp?.stop()]);
  });

  it('lets a verified person of an allowed domain join with the default role, in a session confined to the organization', async () => {
    const email = unique('new.joiner');
    await idp.addAccount({ email, name: 'New Joiner' });
    const browser = t.client();

    const done = await signInThroughProvider(browser, email, { redirect: '/jobs?tab=open' });

    expect(done).toMatchObject({ status: 302, location: '/jobs?tab=open' });
    expect(setsSession(done)).toBe(true);
    const me = await viewer(browser);
    expect(me).toMatchObject({
      user: { email, name: 'New Joiner' },
      organization: { id: org.id },
      role: 'INTERVIEWER',
      singleSignOn: true,
    });
    const [account] = await t.db.query<Array<{ password_hash: string | null; activated: boolean; status: string; identities: string }>>(
      `SELECT u.password_hash, u.activated_at IS NOT NULL AS activated, m.status,
              (SELECT count(*) FROM user_identities i WHERE i.user_id = u.id AND i.organization_id = $2 AND i.issuer = $3) AS identities
         FROM users u JOIN memberships m ON m.user_id = u.id AND m.organization_id = $2 WHERE u.id = $1`,
      [me.user.id, org.id, idp.issuer],
    );
    expect(account).toEqual({ password_hash: null, activated: true, status: 'ACTIVE', identities: '1' });
    const [session] = await t.db.query<Array<{ sso_organization_id: string }>>(
      `SELECT sso_organization_id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`,
      [me.user.id],
    );
    expect(session.sso_organization_id).toBe(org.id);

    // Even once the person belongs to another organization, this session cannot go there.
    const other = await createOrganization(t.db, 'elsewhere');
    await addMember(t.db, other.id, { email, name: 'New Joiner', role: 'ADMIN' });
    const switched = await browser.request(`mutation ($id: ID!) { switchOrganization(organizationId: $id) { organization { id } } }`, {
      id: other.id,
    });
    expect(errorOf(switched).code).toBe('FORBIDDEN');
    expect((await viewer(browser)).organization.id).toBe(org.id);
  });

  it('signs the same person in again through the identity it created, without a second account', async () => {
    const email = unique('returning');
    await idp.addAccount({ email });
    const first = t.client();
    await signInThroughProvider(first, email);
    const { user } = await viewer(first);

    const second = t.client();
    const again = await signInThroughProvider(second, email);

    expect(again.location).toBe('/');
    expect((await viewer(second)).user.id).toBe(user.id);
    expect(await countRows(`SELECT count(*) AS n FROM user_identities WHERE user_id = $1`, [user.id])).toBe(1);
    expect(await countRows(`SELECT count(*) AS n FROM users WHERE lower(email) = $1`, [email])).toBe(1);
  });

  it('creates one account when the same new person comes back from the provider twice at once', async () => {
    const email = unique('double.click');
    await idp.addAccount({ email });
    const browsers = [t.client(), t.client()];
    const callbacks = await Promise.all(
      browsers.map(async (browser) => idp.signIn((await startSignIn(browser, org.slug)).location, { email })),
    );

    const done = await Promise.all(browsers.map((browser, index) => finishSignIn(browser, callbacks[index])));

    expect(done.map((redirect) => redirect.location)).toEqual(['/', '/']);
    const [first, second] = await Promise.all(browsers.map(viewer));
    expect(second.user.id).toBe(first.user.id);
    expect(await countRows(`SELECT count(*) AS n FROM user_identities WHERE user_id = $1`, [first.user.id])).toBe(1);
  });

  it('refuses an email the provider has not verified, and creates nothing', async () => {
    const email = unique('unverified');
    await idp.addAccount({ email, emailVerified: false });

    const refused = await signInThroughProvider(t.client(), email);

    expect(refused).toMatchObject({ status: 302, location: '/login?error=sso_email_unverified' });
    expect(setsSession(refused)).toBe(false);
    expect(await countRows(`SELECT count(*) AS n FROM users WHERE lower(email) = $1`, [email])).toBe(0);
  });

  it('refuses a new person whose email domain the organization does not allow', async () => {
    const email = unique('outsider', 'gmail.test');
    await idp.addAccount({ email });

    const refused = await signInThroughProvider(t.client(), email);

    expect(refused.location).toBe('/login?error=sso_domain_not_allowed');
    expect(setsSession(refused)).toBe(false);
    expect(await countRows(`SELECT count(*) AS n FROM users WHERE lower(email) = $1`, [email])).toBe(0);
  });

  it('never joins or links an account of another organization, even of an allowed domain', async () => {
    const other = await createOrganization(t.db, 'other');
    const email = unique('consultant');
    const outsider = await addMember(t.db, other.id, { email, name: 'Consultant', role: 'ADMIN' });
    await idp.addAccount({ email });

    const refused = await signInThroughProvider(t.client(), email);

    expect(refused.location).toBe('/login?error=sso_account_exists');
    expect(setsSession(refused)).toBe(false);
    expect(
      await countRows(`SELECT count(*) AS n FROM memberships WHERE user_id = $1 AND organization_id = $2`, [outsider.userId, org.id]),
    ).toBe(0);
    expect(await countRows(`SELECT count(*) AS n FROM user_identities WHERE user_id = $1`, [outsider.userId])).toBe(0);
  });

  it('links an existing member of the organization to the identity, keeping their role and password', async () => {
    const member = org.members.HIRING_MANAGER;
    await idp.addAccount({ email: member.email });
    const browser = t.client();

    const done = await signInThroughProvider(browser, member.email);

    expect(done.location).toBe('/');
    expect(await viewer(browser)).toMatchObject({ user: { id: member.userId }, role: 'HIRING_MANAGER', singleSignOn: true });
    expect(
      await countRows(`SELECT count(*) AS n FROM user_identities WHERE user_id = $1 AND organization_id = $2`, [member.userId, org.id]),
    ).toBe(1);
    expect((await t.client().login(member.email, PASSWORD)).errors).toBeUndefined();
  });

  it('never brings back a deactivated member', async () => {
    const member = await addMember(t.db, org.id, { email: unique('leaver'), name: 'Leaver', role: 'RECRUITER' });
    await idp.addAccount({ email: member.email });
    await signInThroughProvider(t.client(), member.email);
    const admin = await signedIn(t.client(), org.members.ADMIN);
    await admin.ok(`mutation ($id: ID!) { deactivateMember(memberId: $id) { status } }`, { id: member.membershipId });

    const refused = await signInThroughProvider(t.client(), member.email);

    expect(refused.location).toBe('/login?error=sso_member_deactivated');
    expect(setsSession(refused)).toBe(false);
    const [membership] = await t.db.query<Array<{ status: string }>>(`SELECT status FROM memberships WHERE id = $1`, [member.membershipId]);
    expect(membership.status).toBe('DEACTIVATED');
  });

  it("accepts the organization's own pending invitation of a person without an account elsewhere", async () => {
    const email = unique('invitee', 'partner.test');
    const admin = await signedIn(t.client(), org.members.ADMIN);
    await admin.ok(`mutation ($input: AddMemberInput!) { addMember(input: $input) { member { id } } }`, {
      input: { email, name: 'Invited Partner', role: 'RECRUITER' },
    });
    await idp.addAccount({ email });
    const browser = t.client();

    const done = await signInThroughProvider(browser, email);

    expect(done.location).toBe('/');
    expect(await viewer(browser)).toMatchObject({ user: { email }, role: 'RECRUITER', singleSignOn: true });
    expect(
      await countRows(
        `SELECT count(*) AS n FROM invitations i JOIN memberships m ON m.id = i.membership_id JOIN users u ON u.id = m.user_id
        WHERE lower(u.email) = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL`,
        [email],
      ),
    ).toBe(0);
  });

  it('serves an organization that switched password sign-in off, and turns it back on when single sign-on goes', async () => {
    const ssoOnly = await createOrganization(t.db, 'ssoonly');
    const passwordAdmin = await signedIn(t.client(), ssoOnly.members.ADMIN);
    const connection = { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret };
    await configureSso(passwordAdmin, connection);
    await idp.addAccount({ email: ssoOnly.members.ADMIN.email });
    const admin = t.client();
    await signInThroughProvider(admin, ssoOnly.members.ADMIN.email, { organization: ssoOnly });
    await admin.ok(`mutation { setPasswordSignIn(enabled: false) { passwordSignIn } }`);

    expect(errorOf(await passwordAdmin.request(`{ me { role } }`)).code).toBe('UNAUTHENTICATED');
    const email = unique('sso.only');
    await idp.addAccount({ email });
    const joiner = t.client();
    await signInThroughProvider(joiner, email, { organization: ssoOnly });
    expect((await viewer(joiner)).organization.id).toBe(ssoOnly.id);

    const disabled = await configureSso(admin, { ...connection, enabled: false });
    expect(disabled).toMatchObject({ passwordSignIn: true, sso: { enabled: false } });
    // Sessions made through the connection end with it, and the old password session stays ended.
    expect(errorOf(await admin.request(`{ me { role } }`)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await joiner.request(`{ me { role } }`)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await passwordAdmin.request(`{ me { role } }`)).code).toBe('UNAUTHENTICATED');

    const again = await signedIn(t.client(), ssoOnly.members.ADMIN);
    await configureSso(again, connection);
    const ssoAdmin = t.client();
    await signInThroughProvider(ssoAdmin, ssoOnly.members.ADMIN.email, { organization: ssoOnly });
    await ssoAdmin.ok(`mutation { setPasswordSignIn(enabled: false) { passwordSignIn } }`);
    const { removeSso } = await ssoAdmin.ok<{ removeSso: { passwordSignIn: boolean; sso: unknown } }>(
      `mutation { removeSso { passwordSignIn sso { issuer } } }`,
    );
    expect(removeSso).toEqual({ passwordSignIn: true, sso: null });
    expect(errorOf(await ssoAdmin.request(`{ me { role } }`)).code).toBe('UNAUTHENTICATED');
    expect((await t.client().login(ssoOnly.members.ADMIN.email, PASSWORD)).errors).toBeUndefined();
  });

  it('refuses a callback whose sign-in attempt cookie was tampered with or is missing', async () => {
    const email = unique('tamper');
    await idp.addAccount({ email });
    const browser = t.client();
    const start = await startSignIn(browser, org.slug);
    const callbackUrl = await idp.signIn(start.location, { email });
    const attemptCookie = browser.agent.jar
      .getCookies({ domain: '127.0.0.1', path: '/auth/oidc/callback', secure: false, script: false })
      .find((cookie) => cookie.name === 'panelist_sso_attempt');
    expect(attemptCookie).toBeDefined();
    const value = attemptCookie!.value;
    const tampered = `${value.slice(0, -3)}${value.slice(-3) === 'AAA' ? 'BBB' : 'AAA'}`;

    for (const cookie of [`panelist_sso_attempt=${tampered}`, null]) {
      const refused = await finishSignInWithCookie(t, callbackUrl, cookie);
      expect(refused.location).toBe('/login?error=sso_failed');
      expect(setsSession(refused)).toBe(false);
    }
    expect(await countRows(`SELECT count(*) AS n FROM users WHERE lower(email) = $1`, [email])).toBe(0);
  });

  it('lands on this app only: another site or a protocol-relative address becomes /', async () => {
    for (const redirect of ['https://evil.test/phish', '//evil.test/phish', '/\\evil.test']) {
      const email = unique('redirected');
      await idp.addAccount({ email });
      const done = await signInThroughProvider(t.client(), email, { redirect });
      expect(done.location).toBe('/');
    }
  });

  it('answers sso_unavailable for an organization without an enabled connection', async () => {
    const plain = await createOrganization(t.db, 'plain');
    const disabled = await createOrganization(t.db, 'disabled');
    await configureSso(await signedIn(t.client(), disabled.members.ADMIN), {
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      enabled: false,
    });

    for (const slug of [plain.slug, disabled.slug, 'no-such-organization']) {
      const start = await startSignIn(t.client(), slug);
      expect(start).toMatchObject({ status: 302, location: '/login?error=sso_unavailable' });
      expect(start.setCookies).toEqual([]);
    }
  });

  it('answers sso_failed when the person cancels at the identity provider', async () => {
    const browser = t.client();
    const start = await startSignIn(browser, org.slug);
    const { searchParams } = new URL(start.location);
    const cancelled = new URL(CALLBACK_URL);
    cancelled.search = new URLSearchParams({ error: 'access_denied', state: searchParams.get('state')!, iss: idp.issuer }).toString();

    const refused = await finishSignIn(browser, cancelled);

    expect(refused.location).toBe('/login?error=sso_failed');
    expect(setsSession(refused)).toBe(false);
  });
});
