import { expect, type Locator, type Page } from '@playwright/test';

/** The sign-in form of the journeys' OpenID provider (apps/api/test/support/oidc/oidc-provider-process.mjs). */
export class TestIdentityProviderPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(private readonly page: Page) {
    this.email = page.getByLabel('Email');
    this.password = page.getByLabel('Password');
    this.submit = page.getByRole('button', { name: 'Sign in' });
  }

  async expectShown(issuer: string): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.origin === issuer && url.pathname.startsWith('/interaction/'));
    await expect(this.page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
