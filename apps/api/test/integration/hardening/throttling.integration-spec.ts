import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { createOrganization, PASSWORD, signedIn } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/test-app';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { role } }';
const ADD = 'mutation ($input: AddMemberInput!) { addMember(input: $input) { inviteUrl } }';
const ACCEPT = 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }';

/** One sign-in attempt, claiming to come from `forwardedFor`; answers the error code or 'OK'. */
async function attempt(t: TestApp, email: string, password: string, forwardedFor?: string): Promise<string> {
  const call = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (forwardedFor) call.set('x-forwarded-for', forwardedFor);
  const response = await call.send({ query: LOGIN, variables: { input: { email, password } } });
  return (response.body as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0]?.extensions.code ?? 'OK';
}

const randomAddress = () => `203.0.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

describe('per-address sign-in limit without TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For: a new made-up address per attempt does not reset the count', async () => {
    const codes = [];
    for (let i = 0; i < 5; i += 1) codes.push(await attempt(t, 'guess@nowhere.test', 'guess-guess', randomAddress()));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
  });
});

describe('per-address sign-in limit behind one trusted proxy (TRUST_PROXY=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '2', TRUST_PROXY: '1' });
  });
  afterAll(() => t.close());

  it('counts per client the proxy names, and only the address the proxy appended counts', async () => {
    const client = randomAddress();
    // The client made up the first entry; the proxy appended the real address last.
    const codes = [];
    for (let i = 0; i < 3; i += 1) codes.push(await attempt(t, 'guess@nowhere.test', 'guess-guess', `${randomAddress()}, ${client}`));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    expect(await attempt(t, 'guess@nowhere.test', 'guess-guess', randomAddress())).toBe('UNAUTHENTICATED');
  });
});

describe('per-account sign-in limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_FAILURES_PER_ACCOUNT: '3', TRUST_PROXY: '1' });
  });
  afterAll(() => t.close());

  it('refuses an account after 3 failures from different addresses, even with the right password, and no other account', async () => {
    const org = await createOrganization(t.db, 'account-limit');
    const target = org.members.RECRUITER.email;
    const codes = [];
    for (let i = 0; i < 3; i += 1) codes.push(await attempt(t, target, `wrong-${i}-password`, randomAddress()));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(await attempt(t, target.toUpperCase(), PASSWORD, randomAddress())).toBe('RATE_LIMITED');
    expect(await attempt(t, org.members.ADMIN.email, PASSWORD, randomAddress())).toBe('OK');
  });

  it('clears the count on a successful sign-in', async () => {
    const org = await createOrganization(t.db, 'account-limit');
    const email = org.members.ADMIN.email;
    for (let i = 0; i < 2; i += 1) expect(await attempt(t, email, 'wrong-password', randomAddress())).toBe('UNAUTHENTICATED');
    expect(await attempt(t, email, PASSWORD, randomAddress())).toBe('OK');
    for (let i = 0; i < 2; i += 1) expect(await attempt(t, email, 'wrong-password', randomAddress())).toBe('UNAUTHENTICATED');
    expect(await attempt(t, email, PASSWORD, randomAddress())).toBe('OK');
  });

  it('counts wrong passwords given on an invitation link against the account, together with sign-ins', async () => {
    const [inviting, home] = [await createOrganization(t.db, 'link-limit'), await createOrganization(t.db, 'link-home')];
    const target = home.members.INTERVIEWER.email;
    const admin = await signedIn(t.client(), inviting.members.ADMIN);
    const { addMember } = await admin.ok<{ addMember: { inviteUrl: string } }>(ADD, {
      input: { email: target, name: 'Guessed', role: 'INTERVIEWER' },
    });
    const token = addMember.inviteUrl.split('/invite/')[1];
    const accept = async (password: string) => {
      const call = request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', randomAddress());
      const response = await call.send({ query: ACCEPT, variables: { input: { token, password } } });
      return (response.body as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0]?.extensions.code ?? 'OK';
    };
    expect([await accept('wrong-guess-1'), await accept('wrong-guess-2')]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(await attempt(t, target, 'wrong-guess-3', randomAddress())).toBe('UNAUTHENTICATED');
    expect(await accept(PASSWORD)).toBe('RATE_LIMITED');
    expect(await attempt(t, target, PASSWORD, randomAddress())).toBe('RATE_LIMITED');
  });

  it('counts wrong current passwords on the change-password form against the account', async () => {
    const org = await createOrganization(t.db, 'change-limit');
    const member = await signedIn(t.client(), org.members.INTERVIEWER);
    const change = async (currentPassword: string) =>
      (
        await member.request('mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }', {
          input: { currentPassword, newPassword: 'a brand new passphrase 42' },
        })
      ).errors?.[0]?.extensions?.code ?? 'OK';
    const codes = [];
    for (let i = 0; i < 3; i += 1) codes.push(await change(`wrong-current-${i}`));
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(await change(PASSWORD)).toBe('RATE_LIMITED');
  });

  it('treats an unknown email like a known one', async () => {
    const email = `nobody-${randomBytes(4).toString('hex')}@nowhere.test`;
    const codes = [];
    for (let i = 0; i < 4; i += 1) codes.push(await attempt(t, email, 'wrong-password', randomAddress()));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });
});

const redisUrl = process.env.INTEGRATION_REDIS_URL;

// Two instances behind one balancer share PostgreSQL and Redis. Skipped where no Redis answers.
(redisUrl ? describe : describe.skip)('sign-in limits across two API instances (REDIS_URL)', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const shared = {
      REDIS_URL: redisUrl ?? '',
      JWT_SECRET: randomBytes(32).toString('hex'),
      TRUST_PROXY: '1',
      LOGIN_ATTEMPTS_PER_MINUTE: '4',
      LOGIN_FAILURES_PER_ACCOUNT: '3',
    };
    [first, second] = await Promise.all([startTestApp(shared), startTestApp(shared)]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it('counts attempts from one address on both instances together', async () => {
    const client = randomAddress();
    // Emails of this run only: Redis keeps each account's failures for 15 minutes, across test runs.
    const run = randomBytes(4).toString('hex');
    const codes = [];
    for (let i = 0; i < 6; i += 1)
      codes.push(await attempt(i % 2 === 0 ? first : second, `guess-${i}-${run}@nowhere.test`, 'guess-guess', client));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('counts failures of one account on both instances together', async () => {
    const org = await createOrganization(first.db, 'two-instances');
    const email = org.members.INTERVIEWER.email;
    const codes = [];
    for (let i = 0; i < 3; i += 1) codes.push(await attempt(i % 2 === 0 ? first : second, email, 'wrong-password', randomAddress()));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(await attempt(second, email, PASSWORD, randomAddress())).toBe('RATE_LIMITED');
    expect(await attempt(first, email, PASSWORD, randomAddress())).toBe('RATE_LIMITED');
  });
});

describe('rate-limited link queries', () => {
  const INVITATION = 'query ($token: String!) { invitation(token: $token) { email } }';
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '4' });
  });
  afterAll(() => t.close());

  it('counts a request once even when its compiled run fails and graphql-js runs it again (common/graphql/compiled-queries)', async () => {
    const codes = [];
    for (let i = 0; i < 6; i += 1) {
      // From the second run on the document is compiled; an unknown token makes every run an error.
      const response = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: INVITATION, variables: { token: randomBytes(24).toString('base64url') } });
      codes.push((response.body as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0]?.extensions.code ?? 'OK');
    }
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'RATE_LIMITED', 'RATE_LIMITED']);
  });
});
