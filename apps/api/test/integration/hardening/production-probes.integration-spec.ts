import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * What a GraphQL scanner (graphql-cop, InQL, Escape) tries first on an unknown endpoint, in
 * production mode and signed out. None of these probes knows our schema: they hold for any
 * operation we add.
 */
describe('schema-agnostic probes against production mode', () => {
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

  const http = () => request(t.app.getHttpServer());
  const postJson = (body: unknown, headers: Record<string, string> = {}) =>
    http().post('/graphql').set('content-type', 'application/json').set(headers).send(JSON.stringify(body));

  /** Nothing about the server's insides: no stack, no file path, no SQL, no library internals. */
  function expectNoLeak(text: string) {
    expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/apps\/api\/|\.ts:\d+|stacktrace|exception/i);
    expect(text).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE)\b .*\b(FROM|INTO|SET)\b|relation "|syntax error at or near|QueryFailedError/);
  }

  /** Refused before running: a 4xx in the usual error shape, no data, nothing leaked. */
  function expectRefused(response: request.Response) {
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body?.data ?? undefined).toBeUndefined();
    expectNoLeak(response.text);
  }

  it('refuses alias overloading', async () => {
    const query = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expectRefused(await postJson({ query }));
  });

  it('refuses field duplication', async () => {
    expectRefused(await postJson({ query: `{ ${'__typename '.repeat(3_000)}}` }));
  });

  it('refuses directive overloading', async () => {
    expectRefused(await postJson({ query: `{ __typename ${'@include(if: true) '.repeat(50)}}` }));
    expectRefused(await postJson({ query: `{ __typename ${'@aa '.repeat(50)}}` }));
  });

  it('refuses deep nesting before anything runs, signed out (the one probe that names fields: a cycle of the schema)', async () => {
    let selection = 'id';
    for (let level = 0; level < 8; level += 1) selection = `loops { job { ${selection} } }`;
    const response = await postJson({ query: `{ jobs { ${selection} } }` });
    expectRefused(response);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses fragments that spread themselves', async () => {
    expectRefused(await postJson({ query: `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }` }));
  });

  it('refuses batched operations (one request, one operation)', async () => {
    const batch = Array.from({ length: 10 }, () => ({ query: '{ __typename }' }));
    const response = await postJson(batch);
    expectRefused(response);
    expect(Array.isArray(response.body)).toBe(false);
  });

  it('answers no introspection, not even the circular kind', async () => {
    expectRefused(await postJson({ query: '{ __schema { queryType { name } } }' }));
    const circular = '{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }';
    expectRefused(await postJson({ query: circular }));
    expectRefused(await postJson({ query: '{ a: __type(name: "Query") { name } }' }));
  });

  it('suggests no names', async () => {
    const response = await postJson({ query: '{ __typenam }' });
    expectRefused(response);
    expect(response.text).not.toMatch(/Did you mean/i);
  });

  it('refuses cross-site requests: GET queries, forms and text bodies (CSRF)', async () => {
    expectRefused(await http().get('/graphql').query({ query: '{ __typename }' }));
    expectRefused(await http().post('/graphql').set('content-type', 'application/x-www-form-urlencoded').send('query=%7B__typename%7D'));
    expectRefused(
      await http()
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: '{ __typename }' })),
    );
    expectRefused(await http().post('/graphql').set('content-type', 'multipart/form-data; boundary=x').send('--x--'));
  });

  it('refuses mutations over GET', async () => {
    const response = await http().get('/graphql').set('apollo-require-preflight', 'true').query({ query: 'mutation { __typename }' });
    expectRefused(response);
  });

  it('grants no cross-origin access (no CORS)', async () => {
    const preflight = await http()
      .options('/graphql')
      .set('origin', 'https://evil.example')
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'content-type');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const simple = await postJson({ query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends the security headers and no server fingerprint', async () => {
    const response = await postJson({ query: '{ __typename }' });
    expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toMatch(/\S/);
    // Answers hold people's data: nothing between may keep them.
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
  });

  it('serves no GraphQL IDE or landing page', async () => {
    const response = await http().get('/graphql').set('accept', 'text/html');
    expect(response.text).not.toMatch(/sandbox|playground|graphiql|apollo-server-landing-page/i);
  });

  it('refuses a large body before parsing it', async () => {
    const response = await postJson({ query: '{ __typename }', variables: { padding: 'x'.repeat(300 * 1024) } });
    expect(response.status).toBe(413);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expectNoLeak(response.text);
  });

  it('leaks nothing on malformed requests', async () => {
    const malformed = [
      http().post('/graphql').set('content-type', 'application/json').send('{"query": "{ __typename }"'),
      http().post('/graphql').set('content-type', 'application/json').send('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['),
      postJson({ query: 42 }),
      postJson({ query: '{ __typename', variables: 'not an object' }),
      postJson({ query: 'query ($x: Int!) { __typename }', variables: { x: 'NaN'.repeat(100) } }),
      postJson({ query: '{ __typename }', operationName: 'Nope' }),
    ];
    for (const response of await Promise.all(malformed)) {
      expectRefused(response);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ message: expect.any(String), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      ]);
    }
  });

  it('keeps no persisted queries (nothing for a caller to fill)', async () => {
    const response = await postJson({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    // Apollo's protocol answers this with 200 so clients fall back to sending the document.
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expectNoLeak(response.text);
  });

  it('answers unknown addresses and unreadable bodies in the usual shape', async () => {
    const missing = await http().get('/no-such-thing.php').set('accept', 'application/json');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ errors: [{ message: 'There is nothing at this address.', extensions: { code: 'NOT_FOUND' } }] });
    const charset = await http().post('/graphql').set('content-type', 'application/json; charset=klingon').send('{}');
    expect(charset.status).toBe(415);
    expect(charset.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await http().get('/%FF')).status).toBeLessThan(500);
  });

  it('reports no tracing or timing extensions', async () => {
    const response = await postJson({ query: '{ __typename }', extensions: { tracing: true } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
  });
});
