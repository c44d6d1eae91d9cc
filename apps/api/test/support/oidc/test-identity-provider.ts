import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { CookieJar } from './browser-cookies';

const SERVER = join(__dirname, 'oidc-provider-process.mjs');
export const IDP_PASSWORD = 'idp-password';

export interface IdpAccount {
  email: string;
  name?: string;
  emailVerified?: boolean;
  password?: string;
}

/** oidc-provider running in its own process, with one confidential client for the API under test. */
export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds a person the provider can sign in; returns their subject. */
  addAccount(account: IdpAccount): Promise<string>;
  /**
   * Plays the browser from the authorization URL the API redirected to: logs in on the provider's
   * form and returns the URL the provider sends the browser back to (the API's callback, with the code).
   */
  signIn(authorizationUrl: string, credentials: { email: string; password?: string }): Promise<URL>;
  stop(): Promise<void>;
}

function waitForIssuer(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the test identity provider did not start:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const issuer = /test-idp ready (\S+)/.exec(output)?.[1];
      if (issuer) {
        clearTimeout(timer);
        resolve(issuer);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test identity provider exited with ${code}:\n${output}`));
    });
  });
}

export async function startTestIdentityProvider(redirectUri: string): Promise<TestIdentityProvider> {
  const clientId = 'panelist-test';
  const clientSecret = 'test-client-secret-0123456789';
  const child = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      TEST_IDP_OPTIONS: JSON.stringify({ port: 0, clients: [{ clientId, clientSecret, redirectUris: [redirectUri] }] }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // oidc-provider warns about its in-memory store at start; anything else is worth seeing.
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (!text.includes('in-memory adapter')) process.stderr.write(`[test-idp] ${text}`);
  });
  const issuer = await waitForIssuer(child);

  return {
    issuer,
    clientId,
    clientSecret,
    async addAccount(account) {
      const response = await fetch(`${issuer}/__test/accounts`, { method: 'POST', body: JSON.stringify(account) });
      if (response.status !== 201) throw new Error(`adding ${account.email} failed: ${response.status}`);
      return ((await response.json()) as { sub: string }).sub;
    },
    async signIn(authorizationUrl, { email, password = IDP_PASSWORD }) {
      const jar = new CookieJar();
      let url = authorizationUrl;
      let form: URLSearchParams | undefined;
      for (let hop = 0; hop < 12; hop += 1) {
        const response = await fetch(url, {
          method: form ? 'POST' : 'GET',
          body: form,
          headers: { cookie: jar.header() },
          redirect: 'manual',
        });
        jar.store(response);
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location) {
          const next = new URL(location, url);
          if (next.href.startsWith(redirectUri)) return next;
          url = next.href;
          form = undefined;
        } else if (response.status === 200 && new URL(url).pathname.startsWith('/interaction/') && !form) {
          form = new URLSearchParams({ email, password });
        } else {
          throw new Error(`unexpected ${response.status} from the identity provider at ${url}: ${(await response.text()).slice(0, 500)}`);
        }
      }
      throw new Error('the identity provider redirected too many times');
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
