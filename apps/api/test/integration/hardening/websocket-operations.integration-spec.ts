import { createOrganization, PASSWORD, signedIn, type TestOrganization } from '../../support/fixtures';
import { subscriber, webSocketUrl } from '../../support/subscriptions';
import { startTestApp, type TestApp } from '../../support/test-app';

/** The first error's code and message of an operation sent over the socket ('OK' when none). */
function sendOver(
  url: string,
  cookie: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ code: string; message: string }> {
  const client = subscriber(url, cookie);
  return new Promise((resolve) => {
    let outcome = { code: 'OK', message: '' };
    const done = () => {
      void client.dispose();
      resolve(outcome);
    };
    client.subscribe(
      { query, variables },
      {
        next: (result) => {
          const first = result.errors?.[0];
          if (first)
            outcome = { code: typeof first.extensions?.code === 'string' ? first.extensions.code : 'ERROR', message: first.message };
        },
        error: (error: unknown) => {
          const first = Array.isArray(error) ? (error[0] as { message: string; extensions?: { code?: string } }) : null;
          outcome = first
            ? { code: first.extensions?.code ?? 'ERROR', message: first.message }
            : { code: 'SOCKET_ERROR', message: String(error) };
          done();
        },
        complete: done,
      },
    );
  });
}

describe('operations over the WebSocket (graphql-ws)', () => {
  let t: TestApp;
  let org: TestOrganization;
  let url: string;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3' });
    await t.app.listen(0, '127.0.0.1');
    url = webSocketUrl(t);
    org = await createOrganization(t.db, 'websocket-operations');
    cookie = (await signedIn(t.client(), org.members.RECRUITER)).sessionCookie();
  });
  afterAll(() => t.close());

  it('refuses queries and mutations: they go over HTTP, through the cost check and the rate limits', async () => {
    const query = await sendOver(url, cookie, '{ me { user { email } } }');
    expect(query).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/Only subscriptions are served over the WebSocket/) });
    // Signing in over the socket: refused before anything runs, however often it is tried (no guessing there).
    const login = 'mutation ($input: LoginInput!) { login(input: $input) { role } }';
    for (const password of ['guess-guess', 'guess-again', 'guess-more', 'guess-last', PASSWORD]) {
      expect(await sendOver(url, '', login, { input: { email: org.members.ADMIN.email, password } })).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    }
  });

  it('holds a subscription to the limits an HTTP operation meets (aliases, depth, size)', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `s${i}: status`).join(' ');
    const flood = await sendOver(url, cookie, `subscription ($loopId: ID!) { panelProgress(loopId: $loopId) { ${aliases} } }`, {
      loopId: '00000000-0000-0000-0000-000000000000',
    });
    expect(flood).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/asks for too much at once/) });
    const huge = await sendOver(url, cookie, `subscription { ${'__typename '.repeat(2_100)} }`);
    expect(huge.code).not.toBe('OK');
  });
});
