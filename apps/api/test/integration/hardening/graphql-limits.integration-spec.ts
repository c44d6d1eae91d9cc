import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { createOrganization, signedIn } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/test-app';

type Body = { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };

async function post(t: TestApp, query: string, cookie?: string): Promise<{ status: number; body: Body }> {
  const call = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (cookie) call.set('cookie', cookie);
  const response = await call.send({ query });
  return { status: response.status, body: response.body as Body };
}

/** A refusal before anything ran: HTTP 400, the usual shape, no data. */
function expectRefused(response: { status: number; body: Body }, message: RegExp) {
  expect(response.status).toBe(400);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors).toHaveLength(1);
  expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.body.errors?.[0].message).toMatch(message);
}

describe('GraphQL limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses nesting deeper than 12 levels, before anything runs', async () => {
    let selection = 'id';
    for (let level = 0; level < 7; level += 1) selection = `loops { job { ${selection} } }`;
    expectRefused(await post(t, `{ jobs { ${selection} } }`), /asks for too much at once: query depth limit of 12 exceeded/);
  });

  it('refuses lists nested in lists by their cost, within the depth limit', async () => {
    const fanOut = '{ jobs { loops { job { loops { job { loops { job { loops { job { id } } } } } } } } } }';
    expectRefused(await post(t, fanOut), /asks for too much at once \(cost \d+, limit 20000\)/);
  });

  it('refuses more than 15 aliases', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `m${i}: me { role }`).join(' ')} }`;
    expectRefused(await post(t, query), /aliases limit of 15 exceeded/i);
  });

  it('refuses more than 20 directives', async () => {
    const query = `{ me { ${'role @include(if: true) '.repeat(21)} } }`;
    expectRefused(await post(t, query), /directives limit of 20 exceeded/i);
  });

  it('refuses a document of more than 2,000 tokens', async () => {
    const query = `{ me { ${'role '.repeat(2_100)} } }`;
    const response = await post(t, query);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0].message).toMatch(/2000 tokens/);
  });

  it('answers a cost refusal with HTTP 400 (not 500), in the usual shape', async () => {
    const page = `bank(first: 100) { edges { node { id revisions { prompt rubric { lookFor redFlags } } kits { id title } } } }`;
    const query = `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: ${page}`).join(' ')} }`;
    expectRefused(await post(t, query), /asks for too much at once \(cost \d+, limit 20000\)/);
  });

  it('looks the session up once per request, however many fields ask who is calling', async () => {
    const org = await createOrganization(t.db, 'limits');
    const client = await signedIn(t.client(), org.members.ADMIN);
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `m${i}: me { role }`).join(' ')} mySessions { id } members { id } }`;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const data = await client.ok<Record<string, { role: string }>>(query);
      expect(data.m14.role).toBe('ADMIN');
      const lookups = spy.mock.calls.filter(([sql]) => /FROM sessions s\s+JOIN memberships/.test(String(sql)));
      // At most once: none at all when the session cache (auth/session-cache) already holds it.
      expect(lookups.length).toBeLessThanOrEqual(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('still refuses every field of a request with an ended session, from the one lookup', async () => {
    const org = await createOrganization(t.db, 'limits');
    const client = await signedIn(t.client(), org.members.ADMIN);
    await t.db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [org.members.ADMIN.userId]);
    const result = await client.request(`{ a: me { role } b: me { role } }`);
    expect(result.data).toBeNull();
    expect(new Set(result.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
  });
});

describe('GraphQL in production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      COOKIE_SECURE: 'false',
      SHUTDOWN_DRAIN_SECONDS: '0',
      LOG_LEVEL: 'silent',
      AUDIT_LOG: 'off',
    });
  });
  afterAll(() => t.close());

  it('answers no introspection', async () => {
    const response = await post(t, `{ __schema { types { name } } }`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.body)).not.toMatch(/"Query"|"Mutation"/);
    expect((await post(t, `{ __type(name: "Query") { fields { name } } }`)).status).toBe(400);
  });

  it('suggests no field, argument or type names', async () => {
    const misspelled = [`{ mee { role } }`, `{ me { rol } }`, `mutation { logn(input: { email: "a@b.c", password: "x" }) { role } }`];
    for (const query of misspelled) {
      const response = await post(t, query);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).not.toMatch(/Did you mean|"me"|"role"|"login"/);
    }
  });

  it('keeps the shape limits', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `m${i}: me { role }`).join(' ')} }`;
    expectRefused(await post(t, query), /aliases limit of 15 exceeded/i);
  });
});
