import request from 'supertest';
import { createOrganization, signedIn } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/test-app';

const TYPENAME = { query: '{ __typename }' };

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends a CSP that forbids framing and foreign scripts, nosniff, X-Frame-Options and no x-powered-by', async () => {
    const response = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send(TYPENAME);
    expect(response.status).toBe(200);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/connect-src 'self' ws:\/\/localhost:3000/);
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
    // Plain http: HSTS would lock browsers out.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends the headers on health and error answers too', async () => {
    const response = await request(t.app.getHttpServer()).get('/health/live');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('security headers behind HTTPS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ COOKIE_SECURE: 'true', PUBLIC_URL: 'https://panelist.example.com' });
  });
  afterAll(() => t.close());

  it('adds HSTS and lets graphql-ws connect over wss to the public host', async () => {
    const response = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send(TYPENAME);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(String(response.headers['content-security-policy'])).toContain('wss://panelist.example.com');
  });
});

describe('request body limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (body: unknown, cookie?: string) => {
    const call = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (cookie) call.set('cookie', cookie);
    return call.send(body as object);
  };
  const padding = 'x'.repeat(200 * 1024);

  it('answers a signed-out body over 100 kB with 413 in the usual shape, whatever the operation', async () => {
    const login = await post({
      query: 'mutation ($i: LoginInput!) { login(input: $i) { role } }',
      variables: { i: { email: 'a@b.test', password: padding } },
    });
    expect(login.status).toBe(413);
    expect(login.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(login.body.errors[0].message).toMatch(/100 kB/);
    const file = await post({
      query: 'mutation ($i: PreviewBankImportInput!) { previewBankImport(input: $i) { id } }',
      variables: { i: { fileName: 'x.md', contentBase64: 'A'.repeat(2_000_000) } },
    });
    expect(file.status).toBe(413);
  });

  it('lets a signed-in bank import carry a large file, and nothing else', async () => {
    const org = await createOrganization(t.db, 'bodies');
    const cookie = (await signedIn(t.client(), org.members.HIRING_MANAGER)).sessionCookie();
    const other = await post({ query: '{ me { role } }', variables: { padding } }, cookie);
    expect(other.status).toBe(413);
    const smuggled = await post(
      {
        query: 'mutation ($i: PreviewBankImportInput!) { previewBankImport(input: $i) { id } logout }',
        variables: { i: { fileName: 'x.md', contentBase64: 'A'.repeat(2_000_000) } },
      },
      cookie,
    );
    expect(smuggled.status).toBe(413);
    const bank = await post(
      {
        query: 'mutation ($i: PreviewBankImportInput!) { previewBankImport(input: $i) { id } }',
        variables: { i: { fileName: 'x.md', contentBase64: Buffer.from('Q: Tell me about a time?\n'.repeat(60_000)).toString('base64') } },
      },
      cookie,
    );
    expect(bank.status).not.toBe(413);
    expect(bank.status).toBeLessThan(500);
    expect(JSON.stringify(bank.body.errors ?? [])).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('refuses a forged session cookie the large limit', async () => {
    const forged = 'panelist_session=eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJ4In0.c2lnbmF0dXJl';
    const response = await post(
      {
        query: 'mutation ($i: PreviewBankImportInput!) { previewBankImport(input: $i) { id } }',
        variables: { i: { fileName: 'x.md', contentBase64: 'A'.repeat(2_000_000) } },
      },
      forged,
    );
    expect(response.status).toBe(413);
  });
});
