import { expect, type Locator, type Page } from '@playwright/test';

/** The header every signed-in page shares. */
export class AppShell {
  readonly nav: Locator;
  readonly homeLink: Locator;
  readonly membersLink: Locator;
  readonly bankLink: Locator;
  readonly accountLink: Locator;
  readonly settingsLink: Locator;
  readonly organizationSwitcher: Locator;
  readonly signOutButton: Locator;
  readonly header: Locator;

  constructor(private readonly page: Page) {
    this.header = page.getByRole('banner');
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.homeLink = this.nav.getByRole('link', { name: 'Home', exact: true });
    this.membersLink = this.nav.getByRole('link', { name: 'Members', exact: true });
    this.bankLink = this.nav.getByRole('link', { name: 'Bank', exact: true });
    this.accountLink = this.nav.getByRole('link', { name: 'Account', exact: true });
    this.settingsLink = this.nav.getByRole('link', { name: 'Settings', exact: true });
    this.organizationSwitcher = this.header.getByRole('combobox', { name: 'Organization' });
    this.signOutButton = page.getByRole('button', { name: 'Sign out', exact: true });
  }

  async expectSignedInAs(name: string, roleLabel: string): Promise<void> {
    await expect(this.header).toContainText(name);
    await expect(this.header).toContainText(roleLabel);
  }

  /** Picks another organization in the header and waits for the announcement. */
  async switchTo(organization: string): Promise<void> {
    await this.organizationSwitcher.selectOption({ label: organization });
    await expect(this.page.getByRole('status').filter({ hasText: `Switched to ${organization}.` })).toBeAttached();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
    await expect(this.page).toHaveURL(/\/login$/);
  }
}
