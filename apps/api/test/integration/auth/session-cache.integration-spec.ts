import request from 'supertest';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLResponse, type TestApp } from '../../support/test-app';

const ME = `{ me { role } }`;
const SESSION_LOOKUP = /FROM sessions s\s+JOIN memberships m/;
// Both instances must sign and check the same tokens, like replicas behind a load balancer.
const SHARED = { JWT_SECRET: 'session-cache-test-secret-0123456789abcdef' };

/** Replays a session cookie against an instance, as a load balancer would route the browser's next request. */
async function asCookie<T = Record<string, unknown>>(
  app: TestApp,
  cookie: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await request(app.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('cookie', cookie)
    .send({ query, variables });
  return response.body as GraphQLResponse<T>;
}

/** How many session lookups the instance ran during `fn`. */
async function sessionLookups(app: TestApp, fn: () => Promise<unknown>): Promise<number> {
  const spy = jest.spyOn(app.db, 'query');
  try {
    await fn();
    return spy.mock.calls.filter(([sql]) => SESSION_LOOKUP.test(String(sql))).length;
  } finally {
    spy.mockRestore();
  }
}

describe('the session cache across two instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    [a, b] = await Promise.all([startTestApp(SHARED), startTestApp(SHARED)]);
    org = await createOrganization(a.db, 'cache');
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  /** Signed in on A; B has resolved (and cached) the session too. */
  async function warmOnBoth(member: keyof TestOrganization['members']) {
    const client = await signedIn(a.client(), org.members[member]);
    const cookie = client.sessionCookie();
    expect((await asCookie(b, cookie, ME)).data).toEqual({ me: { role: member } });
    expect((await asCookie(b, cookie, ME)).data).toEqual({ me: { role: member } });
    return { client, cookie };
  }

  it('reads a session once for a page (me, then the page query), not once per request', async () => {
    const { cookie } = await warmOnBoth('RECRUITER');
    const lookups = await sessionLookups(b, async () => {
      for (let i = 0; i < 3; i++) expect((await asCookie(b, cookie, ME)).data).toEqual({ me: { role: 'RECRUITER' } });
    });
    expect(lookups).toBe(0);
  });

  it('a sign-out on one instance counts on the next request on the other', async () => {
    const { client, cookie } = await warmOnBoth('INTERVIEWER');
    await client.ok(`mutation { logout }`);
    expect(errorOf(await asCookie(b, cookie, ME)).code).toBe('UNAUTHENTICATED');
  });

  it('a role change on one instance counts on the next request on the other', async () => {
    const local = await createOrganization(a.db, 'cache-role');
    const admin = await signedIn(a.client(), local.members.ADMIN);
    const recruiter = await signedIn(a.client(), local.members.RECRUITER);
    const cookie = recruiter.sessionCookie();
    expect((await asCookie(b, cookie, ME)).data).toEqual({ me: { role: 'RECRUITER' } });
    await admin.ok(`mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`, {
      input: { memberId: local.members.RECRUITER.membershipId, role: 'HIRING_MANAGER', version: 1 },
    });
    expect((await asCookie(b, cookie, ME)).data).toEqual({ me: { role: 'HIRING_MANAGER' } });
  });

  it('a deactivation on one instance counts on the next request on the other', async () => {
    const local = await createOrganization(a.db, 'cache-off');
    const admin = await signedIn(a.client(), local.members.ADMIN);
    const interviewer = await signedIn(a.client(), local.members.INTERVIEWER);
    const cookie = interviewer.sessionCookie();
    expect((await asCookie(b, cookie, ME)).data).toEqual({ me: { role: 'INTERVIEWER' } });
    await admin.ok(`mutation ($id: ID!) { deactivateMember(memberId: $id) { id status } }`, { id: local.members.INTERVIEWER.membershipId });
    expect(errorOf(await asCookie(b, cookie, ME)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await asCookie(a, cookie, ME)).code).toBe('UNAUTHENTICATED');
  });

  it('a removal written straight into the database counts on the next request on both instances', async () => {
    const local = await createOrganization(a.db, 'cache-gone');
    const manager = await signedIn(a.client(), local.members.HIRING_MANAGER);
    const cookie = manager.sessionCookie();
    expect((await asCookie(a, cookie, ME)).data).toEqual({ me: { role: 'HIRING_MANAGER' } });
    expect((await asCookie(b, cookie, ME)).data).toEqual({ me: { role: 'HIRING_MANAGER' } });
    await b.db.query(`DELETE FROM memberships WHERE id = $1`, [local.members.HIRING_MANAGER.membershipId]);
    expect(errorOf(await asCookie(b, cookie, ME)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await asCookie(a, cookie, ME)).code).toBe('UNAUTHENTICATED');
  });
});
