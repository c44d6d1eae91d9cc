import type { APIRequestContext } from '@playwright/test';
import settings from './test-idp.json';

/** The journeys' OpenID provider (started by serve-app.mjs): its issuer and the app's client there. */
export const TEST_IDP = { ...settings, issuer: `http://127.0.0.1:${Number(process.env.E2E_IDP_PORT ?? 3108)}` };

/** Someone the provider can sign in with email and password. */
export async function addIdpAccount(request: APIRequestContext, account: { email: string; name: string; password: string }): Promise<void> {
  const response = await request.post(`${TEST_IDP.issuer}/__test/accounts`, { data: { ...account, emailVerified: true } });
  if (response.status() !== 201) throw new Error(`the test identity provider refused ${account.email}: ${response.status()}`);
}
