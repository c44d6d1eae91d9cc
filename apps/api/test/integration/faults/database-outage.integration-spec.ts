import request from 'supertest';
import { createOrganization, signedIn } from '../../support/fixtures';
import { errorOf, startTestApp, type TestApp } from '../../support/test-app';
import { TcpProxy } from './tcp-proxy';

const ME = `{ me { role } }`;

// PostgreSQL behind a proxy the test breaks: it accepts connections and never answers (a hung server,
// a black-holed route), then comes back.
describe('a database that accepts connections but never answers', () => {
  let proxy: TcpProxy;
  let t: TestApp;

  beforeAll(async () => {
    const url = process.env.INTEGRATION_DATABASE_URL ?? '';
    proxy = await TcpProxy.start(url);
    // Short bounds so the test is quick; the defaults (5 s to connect, 30 s per statement) behave the same way.
    process.env.DATABASE_CONNECT_TIMEOUT_MS = '300';
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = '2000';
    t = await startTestApp({ DATABASE_URL: proxy.urlFor(url) });
  });
  afterAll(async () => {
    proxy.set('forward');
    await t.close();
    await proxy.close();
  });

  it('answers SERVICE_UNAVAILABLE instead of hanging or signing the user out, says so in readiness, and recovers', async () => {
    const org = await createOrganization(t.db, 'outage');
    const recruiter = await signedIn(t.client(), org.members.RECRUITER);
    expect(await recruiter.ok(ME)).toEqual({ me: { role: 'RECRUITER' } });

    proxy.set('silent');
    const during = await recruiter.request(ME);
    expect(errorOf(during).code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(during)).not.toMatch(/session has ended|timeout exceeded|Connection terminated/);
    const ready = await request(t.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'unavailable', database: 'unreachable' });

    proxy.set('forward');
    // The same session still counts, and no pool slot is left stuck on the silent server.
    for (let i = 0; i < 12; i++) expect(await recruiter.ok(ME)).toEqual({ me: { role: 'RECRUITER' } });
    expect((await request(t.app.getHttpServer()).get('/health/ready')).body).toMatchObject({
      status: 'ok',
      database: 'ok',
      migrations: 'applied',
      redis: 'not configured',
    });
  });

  it('refused connections are SERVICE_UNAVAILABLE too', async () => {
    const org = await createOrganization(t.db, 'refused');
    const admin = await signedIn(t.client(), org.members.ADMIN);
    proxy.set('refuse');
    expect(errorOf(await admin.request(ME)).code).toBe('SERVICE_UNAVAILABLE');
    proxy.set('forward');
    expect(await admin.ok(ME)).toEqual({ me: { role: 'ADMIN' } });
  });
});
