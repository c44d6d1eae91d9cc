import { expect, type Locator, type Page } from '@playwright/test';

/** /organizations/new */
export class NewOrganizationPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/organizations/new');
    await expect(this.page.getByRole('heading', { name: 'Create an organization', level: 1 })).toBeVisible();
  }

  async create(name: string): Promise<void> {
    await this.page.getByLabel('Organization name').fill(name);
    await this.page.getByRole('button', { name: 'Create organization' }).click();
  }
}

/** /settings — name, password sign-in and single sign-on of the current organization. */
export class SettingsPage {
  readonly nameForm: Locator;
  readonly ssoForm: Locator;

  constructor(private readonly page: Page) {
    this.nameForm = page.getByRole('form', { name: 'Name' });
    this.ssoForm = page.getByRole('form', { name: /Single sign-on/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/settings');
    await expect(this.page.getByRole('heading', { name: 'Organization settings', level: 1 })).toBeVisible();
  }
}
