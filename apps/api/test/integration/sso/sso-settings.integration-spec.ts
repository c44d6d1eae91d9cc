import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { CONFIGURE_SSO, PUBLIC_URL, SSO_FIELDS, type SettingsWithSso } from '../../support/oidc/single-sign-on';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const SECRET = 'the-client-secret-nobody-may-read';
const SETTINGS = `{ organizationSettings { id version passwordSignIn sso { ${SSO_FIELDS} } } }`;
const REMOVE_SSO = `mutation { removeSso { id version passwordSignIn sso { ${SSO_FIELDS} } } }`;

const connection = (input: Record<string, unknown> = {}) => ({
  issuer: 'https://login.example.com/tenant-1',
  clientId: 'panelist',
  clientSecret: SECRET,
  allowedDomains: ['example.com'],
  defaultRole: 'INTERVIEWER',
  enabled: true,
  ...input,
});

/** Admins set up single sign-on through GraphQL; the secret goes in and never comes back out. */
describe('single sign-on settings', () => {
  let t: TestApp;
  let org: TestOrganization;
  let admin: GraphQLTestClient;

  const configure = (client: GraphQLTestClient, input: Record<string, unknown>) =>
    client.request<{ configureSso: SettingsWithSso }>(CONFIGURE_SSO, { input });
  const storedSecret = async (organizationId: string) =>
    (
      await t.db.query<Array<{ client_secret: string }>>(`SELECT client_secret FROM sso_connections WHERE organization_id = $1`, [
        organizationId,
      ])
    )[0]?.client_secret;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL });
    org = await createOrganization(t.db, 'ssoset');
    admin = await signedIn(t.client(), org.members.ADMIN);
  });
  afterAll(() => t.close());

  it('sets up a connection and shows it without the secret, with the redirect URI to register', async () => {
    const result = await configure(admin, connection({ allowedDomains: ['Example.com', ' example.com', 'EU.Example.com'] }));

    expect(result.errors).toBeUndefined();
    expect(result.data?.configureSso.sso).toEqual({
      issuer: 'https://login.example.com/tenant-1',
      clientId: 'panelist',
      hasClientSecret: true,
      allowedDomains: ['example.com', 'eu.example.com'],
      defaultRole: 'INTERVIEWER',
      enabled: true,
      redirectUri: `${PUBLIC_URL}/auth/oidc/callback`,
      version: 1,
    });
    const read = await admin.request(SETTINGS);
    expect(read).toEqual({ data: { organizationSettings: result.data?.configureSso } });
    expect(JSON.stringify(read)).not.toContain(SECRET);
  });

  it('keeps the stored secret when a change leaves it out, and refuses a change based on a stale version', async () => {
    const { organizationSettings: before } = await admin.ok<{ organizationSettings: SettingsWithSso }>(SETTINGS);
    const kept = await configure(admin, connection({ clientSecret: undefined, clientId: 'panelist-2', version: before.sso!.version }));
    expect(kept.data?.configureSso.sso).toMatchObject({ clientId: 'panelist-2', hasClientSecret: true, version: before.sso!.version + 1 });
    expect(await storedSecret(org.id)).toBe(SECRET);

    const stale = await configure(admin, connection({ clientId: 'panelist-3', version: before.sso!.version }));
    expect(errorOf(stale)).toEqual({ code: 'CONFLICT', field: 'version' });
    expect((await admin.ok<{ organizationSettings: SettingsWithSso }>(SETTINGS)).organizationSettings.sso?.clientId).toBe('panelist-2');
  });

  it.each([
    ['a plain http issuer on another host', { issuer: 'http://login.example.com' }, 'issuer'],
    ['an issuer with a query', { issuer: 'https://login.example.com/?tenant=1' }, 'issuer'],
    ['something that is not a URL', { issuer: 'login.example.com' }, 'issuer'],
    ['an empty client id', { clientId: '' }, 'clientId'],
    ['a secret over 500 characters', { clientSecret: 'x'.repeat(501) }, 'clientSecret'],
    ['a domain that is no host name', { allowedDomains: ['example.com', 'not a domain'] }, 'allowedDomains'],
    ['an email address as a domain', { allowedDomains: ['ceo@example.com'] }, 'allowedDomains'],
    ['admin as the role of people who join by signing in', { defaultRole: 'ADMIN' }, 'defaultRole'],
  ])('refuses %s, naming the field', async (_what, change, field) => {
    const other = await createOrganization(t.db, 'ssobad');
    const result = await configure(await signedIn(t.client(), other.members.ADMIN), connection(change));
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await storedSecret(other.id)).toBeUndefined();
  });

  it('accepts plain http for an identity provider on this machine (local trials and tests)', async () => {
    const other = await createOrganization(t.db, 'ssolocal');
    const result = await configure(
      await signedIn(t.client(), other.members.ADMIN),
      connection({ issuer: 'http://127.0.0.1:8080/realms/dev' }),
    );
    expect(result.errors).toBeUndefined();
  });

  it('needs a secret for a new connection', async () => {
    const other = await createOrganization(t.db, 'ssonosecret');
    const result = await configure(await signedIn(t.client(), other.members.ADMIN), connection({ clientSecret: null }));
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'clientSecret' });
  });

  it('is for admins only', async () => {
    for (const role of ['HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'] as const) {
      const member = await signedIn(t.client(), org.members[role]);
      expect(errorOf(await configure(member, connection())).code).toBe('FORBIDDEN');
      expect(errorOf(await member.request(REMOVE_SSO)).code).toBe('FORBIDDEN');
    }
  });
});

describe('single sign-on routes next to the web app', () => {
  let t: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'panelist-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Panelist</title>');
    t = await startTestApp({ PUBLIC_URL, WEB_DIST: webDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('answers /auth/oidc/* itself instead of the index.html of client-side routes', async () => {
    const server = t.app.getHttpServer();
    const start = await request(server).get('/auth/oidc/start?organization=nobody').set('accept', 'text/html').redirects(0);
    const callback = await request(server).get('/auth/oidc/callback?code=x&state=y').set('accept', 'text/html').redirects(0);
    const page = await request(server).get('/login').set('accept', 'text/html');

    expect([start.status, start.headers.location]).toEqual([302, '/login?error=sso_unavailable']);
    expect([callback.status, callback.headers.location]).toEqual([302, '/login?error=sso_failed']);
    expect(page.text).toContain('<title>Panelist</title>');
  });
});
