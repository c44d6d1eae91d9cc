import request from 'supertest';
import { createOrganization, addMember, PASSWORD, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type TestApp } from '../../support/test-app';

const ME = `{ me { user { email name } organization { id slug } role memberships { organization { id } role } } }`;

describe('authentication and sessions', () => {
  let t: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'auth');
  });
  afterAll(() => t.close());

  it('signs in with the right password and returns the role in the member organization', async () => {
    const client = t.client();
    const result = await client.login(org.members.RECRUITER.email, PASSWORD);
    expect(result.errors).toBeUndefined();
    const { me } = await client.ok<{ me: { role: string; organization: { id: string } } }>(ME);
    expect(me.role).toBe('RECRUITER');
    expect(me.organization.id).toBe(org.id);
  });

  it('sets the session as an httpOnly SameSite cookie the page cannot read', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `mutation { login(input: { email: "${org.members.ADMIN.email}", password: "${PASSWORD}" }) { role } }` });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/panelist_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('rejects a wrong password and an unknown email with the same message', async () => {
    const wrong = await t.client().login(org.members.ADMIN.email, 'not the password');
    const unknown = await t.client().login('nobody@nowhere.test', 'not the password');
    expect(errorOf(wrong).code).toBe('UNAUTHENTICATED');
    expect(errorOf(unknown).code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.data).toBeNull();
  });

  it('treats the email case-insensitively', async () => {
    const result = await t.client().login(org.members.ADMIN.email.toUpperCase(), PASSWORD);
    expect(result.errors).toBeUndefined();
  });

  it('rejects requests without a session', async () => {
    expect(errorOf(await t.client().request(ME)).code).toBe('UNAUTHENTICATED');
  });

  it('rejects a token replayed after logout', async () => {
    const client = await signedIn(t.client(), org.members.INTERVIEWER);
    const cookie = client.sessionCookie();
    expect(cookie).not.toBe('');
    await client.ok(`mutation { logout }`);
    const replay = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookie)
      .send({ query: ME });
    expect(replay.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a forged or tampered token', async () => {
    const client = await signedIn(t.client(), org.members.INTERVIEWER);
    const [name, value] = client.sessionCookie().split('=');
    const tampered = `${name}=${value.slice(0, -4)}AAAA`;
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', tampered)
      .send({ query: ME });
    expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('names the field when the login input is invalid', async () => {
    const result = await t.client().login('not-an-email', PASSWORD);
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(result.errors?.[0].message).toMatch(/email/i);
  });

  it('names the variable when a required field is missing', async () => {
    const result = await t.client().request(`mutation ($input: LoginInput!) { login(input: $input) { role } }`, {
      input: { email: 'a@b.test' },
    });
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/password/);
  });

  it('refuses sign-in to a person whose only membership was deactivated', async () => {
    const solo = await createOrganization(t.db, 'solo');
    await t.db.query(`UPDATE memberships SET status = 'DEACTIVATED' WHERE id = $1`, [solo.members.RECRUITER.membershipId]);
    const result = await t.client().login(solo.members.RECRUITER.email, PASSWORD);
    expect(errorOf(result).code).toBe('UNAUTHENTICATED');
  });

  it('switches organization only to organizations the person belongs to', async () => {
    const other = await createOrganization(t.db, 'other');
    const stranger = await createOrganization(t.db, 'stranger');
    const admin = org.members.ADMIN;
    await addMember(t.db, other.id, { email: admin.email, name: admin.name, role: 'INTERVIEWER' });
    const client = await signedIn(t.client(), admin);

    const denied = await client.request(`mutation ($id: ID!) { switchOrganization(organizationId: $id) { role } }`, {
      id: stranger.id,
    });
    expect(errorOf(denied)).toEqual({ code: 'NOT_FOUND', field: 'organizationId' });

    const switched = await client.ok<{ switchOrganization: { role: string; organization: { id: string } } }>(
      `mutation ($id: ID!) { switchOrganization(organizationId: $id) { role organization { id } } }`,
      { id: other.id },
    );
    expect(switched.switchOrganization).toEqual({ role: 'INTERVIEWER', organization: { id: other.id } });
    const { me } = await client.ok<{ me: { role: string; memberships: unknown[] } }>(ME);
    expect(me.role).toBe('INTERVIEWER');
    expect(me.memberships).toHaveLength(2);
    // The interviewer role now applies: member administration is closed.
    expect(errorOf(await client.request(`{ members { id } }`)).code).toBe('FORBIDDEN');
  });

  it('rejects a malformed organization id with BAD_USER_INPUT naming it', async () => {
    const client = await signedIn(t.client(), org.members.ADMIN);
    const result = await client.request(`mutation { switchOrganization(organizationId: "1 OR 1=1") { role } }`);
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'organizationId' });
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers RATE_LIMITED after too many attempts from one address', async () => {
    const codes: Array<string | undefined> = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      codes.push(errorOf(await t.client().login('guess@nowhere.test', 'guess-guess')).code);
    }
    expect(codes.slice(0, 3)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(codes.slice(3)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});
