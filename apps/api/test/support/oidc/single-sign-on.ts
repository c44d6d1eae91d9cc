import request from 'supertest';
import type { GraphQLTestClient, TestApp } from '../test-app';

/** The public origin the test apps run under; the identity providers know its callback. */
export const PUBLIC_URL = 'http://localhost:4100';
export const CALLBACK_URL = `${PUBLIC_URL}/auth/oidc/callback`;

export const SSO_FIELDS = `issuer clientId hasClientSecret allowedDomains defaultRole enabled redirectUri version`;
export const CONFIGURE_SSO = `mutation ($input: ConfigureSsoInput!) {
  configureSso(input: $input) { id version passwordSignIn sso { ${SSO_FIELDS} } }
}`;

export interface SsoConnection {
  issuer: string;
  clientId: string;
  hasClientSecret: boolean;
  allowedDomains: string[];
  defaultRole: string;
  enabled: boolean;
  redirectUri: string;
  version: number;
}

export interface SettingsWithSso {
  id: string;
  version: number;
  passwordSignIn: boolean;
  sso: SsoConnection | null;
}

export interface ConnectionInput {
  issuer: string;
  clientId: string;
  clientSecret?: string | null;
  allowedDomains?: string[];
  defaultRole?: string;
  enabled?: boolean;
  version?: number;
}

/** As a signed-in admin: sets up single sign-on (interviewers from corp.test join by default). */
export async function configureSso(admin: GraphQLTestClient, input: ConnectionInput): Promise<SettingsWithSso> {
  const { configureSso: settings } = await admin.ok<{ configureSso: SettingsWithSso }>(CONFIGURE_SSO, {
    input: { allowedDomains: ['corp.test'], defaultRole: 'INTERVIEWER', enabled: true, ...input },
  });
  return settings;
}

/** Path and query of an absolute URL, to replay it against the in-process app. */
export const pathOf = (url: string | URL) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};

export interface Redirect {
  status: number;
  location: string;
  setCookies: string[];
}

export function redirectOf(response: request.Response): Redirect {
  const setCookie = response.headers['set-cookie'] as unknown as string[] | string | undefined;
  return {
    status: response.status,
    location: String(response.headers.location ?? ''),
    setCookies: setCookie === undefined ? [] : ([] as string[]).concat(setCookie),
  };
}

/** Whether a response set a (non-empty) session cookie. */
export const setsSession = (redirect: Redirect) => redirect.setCookies.some((cookie) => /^panelist_session=[^;]+/.test(cookie));

/** GET /auth/oidc/start as the browser `client` (its cookie jar keeps the sign-in attempt). */
export async function startSignIn(client: GraphQLTestClient, organizationSlug: string, redirect?: string): Promise<Redirect> {
  const query = new URLSearchParams({ organization: organizationSlug, ...(redirect === undefined ? {} : { redirect }) });
  return redirectOf(await client.agent.get(`/auth/oidc/start?${query.toString()}`).redirects(0));
}

/** GET the callback URL the identity provider sent the browser to, as the same browser. */
export async function finishSignIn(client: GraphQLTestClient, callbackUrl: URL | string): Promise<Redirect> {
  return redirectOf(await client.agent.get(pathOf(callbackUrl)).redirects(0));
}

/** The same callback from a browser without the attempt cookie, or with one of our choosing. */
export async function finishSignInWithCookie(t: TestApp, callbackUrl: URL | string, cookie: string | null): Promise<Redirect> {
  const call = request(t.app.getHttpServer()).get(pathOf(callbackUrl)).redirects(0);
  return redirectOf(await (cookie === null ? call : call.set('cookie', cookie)));
}

export const ME_FIELDS = `user { id email name } organization { id slug } role singleSignOn memberships { organization { id } }`;

export interface Viewer {
  user: { id: string; email: string; name: string };
  organization: { id: string; slug: string };
  role: string;
  singleSignOn: boolean;
  memberships: Array<{ organization: { id: string } }>;
}
