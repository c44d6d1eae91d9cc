import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { createOrganization, PASSWORD, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const ME = `{ me { user { email } } }`;
const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const ISSUE_RESET = `mutation ($id: ID!) { issuePasswordReset(memberId: $id) { resetUrl expiresAt member { id } } }`;
const RESET_PREVIEW = `query ($token: String!) { passwordReset(token: $token) { email organizationName } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { user { email } organization { id } } }`;
const SESSIONS = `{ mySessions { id current userAgent ipAddress singleSignOn } }`;
const END = `mutation ($id: ID!) { endSession(sessionId: $id) }`;
const END_OTHERS = `mutation { endOtherSessions }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateMember(memberId: $id) { status } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateMember(memberId: $id) { status } }`;
const ADD = `mutation ($input: AddMemberInput!) { addMember(input: $input) { inviteUrl } }`;

const NEW_PASSWORD = 'a fresh and long passphrase';
const JWT_SECRET = randomBytes(32).toString('hex');

describe('passwords and sessions', () => {
  let t: TestApp;
  let org: TestOrganization;
  let admin: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp({ JWT_SECRET, PUBLIC_URL: 'http://panelist.test' });
    org = await createOrganization(t.db, 'passwords');
    admin = await signedIn(t.client(), org.members.ADMIN);
  });
  afterAll(() => t.close());

  const stillSignedIn = async (client: GraphQLTestClient) => !(await client.request(ME)).errors;
  const tokenOf = (url: string, path: string) => url.split(`/${path}/`)[1];

  it('changing a password needs the current one, checks the policy, and ends every other session', async () => {
    const person = (await createOrganization(t.db, 'change')).members.INTERVIEWER;
    const [here, elsewhere] = [await signedIn(t.client(), person), await signedIn(t.client(), person)];
    expect(errorOf(await here.request(CHANGE, { input: { currentPassword: 'wrong one', newPassword: NEW_PASSWORD } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    expect(errorOf(await here.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'qwertyuiop' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
    });
    expect(await stillSignedIn(elsewhere)).toBe(true);

    await here.ok(CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } });
    expect(await stillSignedIn(here)).toBe(true);
    expect(await stillSignedIn(elsewhere)).toBe(false);
    expect((await t.client().login(person.email, PASSWORD)).errors).toBeDefined();
    expect((await t.client().login(person.email, NEW_PASSWORD)).errors).toBeUndefined();
  });

  it('an admin reset link ends the member’s sessions and signs them in with the new password, once', async () => {
    const member = org.members.RECRUITER;
    const before = await signedIn(t.client(), member);
    const { issuePasswordReset } = await admin.ok<{ issuePasswordReset: { resetUrl: string } }>(ISSUE_RESET, { id: member.membershipId });
    expect(issuePasswordReset.resetUrl).toMatch(/^http:\/\/panelist\.test\/reset\//);
    expect(await stillSignedIn(before)).toBe(false);

    const token = tokenOf(issuePasswordReset.resetUrl, 'reset');
    const { passwordReset } = await t.client().ok<{ passwordReset: { email: string } }>(RESET_PREVIEW, { token });
    expect(passwordReset.email).toBe(member.email);
    expect(errorOf(await t.client().request(RESET, { input: { token, password: 'short' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });

    const member2 = t.client();
    const { resetPassword } = await member2.ok<{ resetPassword: { user: { email: string } } }>(RESET, {
      input: { token, password: NEW_PASSWORD },
    });
    expect(resetPassword.user.email).toBe(member.email);
    expect(await stillSignedIn(member2)).toBe(true);
    expect(errorOf(await t.client().request(RESET, { input: { token, password: 'another long passphrase' } }))).toEqual({
      code: 'NOT_FOUND',
      field: 'token',
    });
    expect((await t.client().login(member.email, NEW_PASSWORD)).errors).toBeUndefined();
  });

  it('an admin cannot reset the password of an account also used in another organization (it would open that one too)', async () => {
    const other = await createOrganization(t.db, 'shared');
    const shared = other.members.HIRING_MANAGER;
    const { addMember } = await admin.ok<{ addMember: { inviteUrl: string } }>(ADD, {
      input: { email: shared.email, name: 'Shared', role: 'INTERVIEWER' },
    });
    const client = await signedIn(t.client(), shared);
    await client.ok(`mutation ($token: String!) { acceptInvitationSignedIn(token: $token) { role } }`, {
      token: addMember.inviteUrl.split('/invite/')[1],
    });
    const [{ id }] = await t.db.query(`SELECT id FROM memberships WHERE organization_id = $1 AND user_id = $2`, [org.id, shared.userId]);
    const result = await admin.request(ISSUE_RESET, { id });
    expect(errorOf(result)).toEqual({ code: 'CONFLICT', field: 'memberId' });
    expect(result.errors?.[0].message).not.toContain(other.slug);
    expect(await t.db.query(`SELECT 1 FROM password_resets WHERE user_id = $1`, [shared.userId])).toHaveLength(0);
    expect(await stillSignedIn(client)).toBe(true);
  });

  it('lists your own sessions, ends one or all others, and cannot touch someone else’s', async () => {
    const person = (await createOrganization(t.db, 'sessions')).members.HIRING_MANAGER;
    const [a, b, c] = [await signedIn(t.client(), person), await signedIn(t.client(), person), await signedIn(t.client(), person)];
    const { mySessions } = await a.ok<{ mySessions: Array<{ id: string; current: boolean; singleSignOn: boolean }> }>(SESSIONS);
    expect(mySessions).toHaveLength(3);
    expect(mySessions.filter((s) => s.current)).toHaveLength(1);
    const current = mySessions.find((s) => s.current)!;

    const { mySessions: adminSessions } = await admin.ok<{ mySessions: Array<{ id: string; current: boolean }> }>(SESSIONS);
    expect((await a.ok<{ endSession: boolean }>(END, { id: adminSessions[0].id })).endSession).toBe(false);
    expect(await stillSignedIn(admin)).toBe(true);

    const other = mySessions.find((s) => !s.current)!;
    expect((await a.ok<{ endSession: boolean }>(END, { id: other.id })).endSession).toBe(true);
    expect((await a.ok<{ endOtherSessions: number }>(END_OTHERS)).endOtherSessions).toBe(1);
    expect([await stillSignedIn(a), await stillSignedIn(b), await stillSignedIn(c)]).toEqual([true, false, false]);
    expect((await a.ok<{ mySessions: Array<{ id: string }> }>(SESSIONS)).mySessions.map((s) => s.id)).toEqual([current.id]);
  });

  it('regression: reactivating a member does not bring their old session back; they sign in again', async () => {
    const member = org.members.HIRING_MANAGER;
    const old = await signedIn(t.client(), member);
    await admin.ok(DEACTIVATE, { id: member.membershipId });
    expect(await stillSignedIn(old)).toBe(false);
    await admin.ok(REACTIVATE, { id: member.membershipId });
    expect(await stillSignedIn(old)).toBe(false);
    expect(await stillSignedIn(await signedIn(t.client(), member))).toBe(true);
  });

  it('a deactivated member with the right password gets the same answer as a wrong password', async () => {
    const member = (await createOrganization(t.db, 'deactivated')).members.INTERVIEWER;
    const [{ id: adminMembership }] = await t.db.query(`SELECT id FROM memberships WHERE user_id = $1`, [member.userId]);
    await t.db.query(`UPDATE memberships SET status = 'DEACTIVATED' WHERE id = $1`, [adminMembership]);
    const right = await t.client().login(member.email, PASSWORD);
    const wrong = await t.client().login(member.email, 'not the password');
    const unknown = await t.client().login('nobody.at.all@nowhere.test', 'not the password');
    // Everything but the request id (each answer names its own request) is the same.
    const answer = (result: typeof right) => {
      const error = structuredClone(result.errors?.[0]);
      if (error?.extensions) delete (error.extensions as Record<string, unknown>).requestId;
      return error;
    };
    expect(answer(right)).toEqual(answer(wrong));
    expect(answer(right)).toEqual(answer(unknown));
    expect(right.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('session tokens', () => {
    const jwt = new JwtService({ secret: JWT_SECRET });
    const replay = async (token: string): Promise<{ errors?: Array<{ extensions: { code: string } }> }> => {
      const response = await t
        .client()
        .agent.post('/graphql')
        .set('content-type', 'application/json')
        .set('cookie', `panelist_session=${token}`)
        .send({ query: ME });
      return response.body as { errors?: Array<{ extensions: { code: string } }> };
    };

    it('carry iss and aud, and a token for another audience or issuer is refused even with a live session', async () => {
      const client = await signedIn(t.client(), org.members.INTERVIEWER);
      const token = client.sessionCookie().split('=')[1];
      const claims = jwt.decode<{ sid: string; sub: string; iss: string; aud: string }>(token);
      expect(claims).toMatchObject({ iss: 'http://panelist.test', aud: 'panelist:session' });

      const genuine = await replay(token);
      expect(genuine.errors).toBeUndefined();
      for (const options of [
        { audience: 'another-app', issuer: 'http://panelist.test' },
        { audience: 'panelist:session', issuer: 'http://evil.test' },
        {},
      ]) {
        const forged = await replay(jwt.sign({ sub: claims.sub, sid: claims.sid }, { ...options, algorithm: 'HS256' }));
        expect(forged.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });
  });
});
