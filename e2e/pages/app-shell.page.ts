import { expect, type Locator, type Page } from '@playwright/test';

/** The header every signed-in page shares. */
export class AppShell {
  readonly nav: Locator;
  readonly homeLink: Locator;
  readonly membersLink: Locator;
  readonly bankLink: Locator;
  readonly signOutButton: Locator;
  readonly header: Locator;

  constructor(private readonly page: Page) {
    this.header = page.getByRole('banner');
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.homeLink = this.nav.getByRole('link', { name: 'Home', exact: true });
    this.membersLink = this.nav.getByRole('link', { name: 'Members', exact: true });
    this.bankLink = this.nav.getByRole('link', { name: 'Bank', exact: true });
    this.signOutButton = page.getByRole('button', { name: 'Sign out' });
  }

  async expectSignedInAs(name: string, roleLabel: string): Promise<void> {
    await expect(this.header).toContainText(name);
    await expect(this.header).toContainText(roleLabel);
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
    await expect(this.page).toHaveURL(/\/login$/);
  }
}
