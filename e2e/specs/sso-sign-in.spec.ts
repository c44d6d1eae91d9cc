import { expect, test, type Page } from '@playwright/test';
import { AppShell } from '../pages/app-shell.page';
import { HomePage } from '../pages/home.page';
import { TestIdentityProviderPage } from '../pages/test-identity-provider.page';
import { DEMO_PASSWORD, DEMO_USERS, uniqueEmail } from '../support/demo';
import { addIdpAccount, TEST_IDP } from '../support/test-idp';

/** A GraphQL call with the browser's own cookies, as the web app would make it; returns `data`. */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

test('an admin sets up single sign-on; a new colleague signs in through the identity provider and joins as an interviewer', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const suffix = Date.now().toString(36);
  const organizationName = `Northwind ${suffix}`;
  const colleague = { email: uniqueEmail('sso.colleague'), name: 'Sasha Single-Sign-On', password: 'idp-password-1' };

  // The admin creates an organization and connects it to the identity provider, through the API
  // with the browser's own session (the settings page is not what this journey is about).
  await graphql(
    page,
    `
      mutation ($input: LoginInput!) {
        login(input: $input) {
          role
        }
      }
    `,
    {
      input: { email: DEMO_USERS.admin.email, password: DEMO_PASSWORD },
    },
  );
  const { createOrganization } = await graphql<{ createOrganization: { organization: { slug: string } } }>(
    page,
    `
      mutation ($input: CreateOrganizationInput!) {
        createOrganization(input: $input) {
          organization {
            slug
          }
        }
      }
    `,
    { input: { name: organizationName } },
  );
  const { configureSso } = await graphql<{ configureSso: { sso: { redirectUri: string } } }>(
    page,
    `
      mutation ($input: ConfigureSsoInput!) {
        configureSso(input: $input) {
          sso {
            redirectUri
          }
        }
      }
    `,
    {
      input: {
        issuer: TEST_IDP.issuer,
        clientId: TEST_IDP.clientId,
        clientSecret: TEST_IDP.clientSecret,
        allowedDomains: [colleague.email.split('@')[1]],
        defaultRole: 'INTERVIEWER',
        enabled: true,
      },
    },
  );
  expect(configureSso.sso.redirectUri).toMatch(/\/auth\/oidc\/callback$/);
  await addIdpAccount(page.request, colleague);

  await page.goto('/');
  await new AppShell(page).expectSignedInAs(DEMO_USERS.admin.name, 'Admin');
  await new AppShell(page).signOut();

  // The colleague has no Panelist account: single sign-on from the login page.
  await page.getByRole('button', { name: 'Sign in with single sign-on' }).click();
  await page.getByLabel('Organization short name').fill(createOrganization.organization.slug);
  await page.getByRole('button', { name: 'Continue with single sign-on' }).click();

  const provider = new TestIdentityProviderPage(page);
  await provider.expectShown(TEST_IDP.issuer);
  await provider.signIn(colleague.email, colleague.password);

  const home = new HomePage(page);
  await home.expectShown();
  await expect(home.signedInAs).toContainText(`Signed in as ${colleague.name} — Interviewer at ${organizationName}`);
  await new AppShell(page).expectSignedInAs(colleague.name, 'Interviewer');
});

test('a refused single sign-on comes back to the login page with the reason', async ({ page }) => {
  await page.goto('/auth/oidc/start?organization=no-such-organization');

  await expect(page).toHaveURL(/\/login\?error=sso_unavailable$/);
  await expect(page.getByRole('alert').first()).toContainText('Single sign-on is not available for that organization');
});
