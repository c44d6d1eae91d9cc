import { expect, type Locator, type Page } from '@playwright/test';

/** /account — change password, see and end sessions. */
export class AccountPage {
  readonly passwordForm: Locator;
  readonly sessions: Locator;
  readonly signOutOthers: Locator;

  constructor(private readonly page: Page) {
    this.passwordForm = page.getByRole('form', { name: 'Password' });
    this.sessions = page.getByRole('table', { name: 'Devices signed in to your account' });
    this.signOutOthers = page.getByRole('button', { name: 'Sign out all other sessions' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/account');
    await expect(this.page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
  }

  /** The rows of the sessions table (header excluded). */
  sessionRows(): Locator {
    return this.sessions.locator('tbody tr');
  }

  currentSession(): Locator {
    return this.sessionRows().filter({ hasText: 'This device' });
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.passwordForm.getByLabel('Current password').fill(current);
    await this.passwordForm.getByLabel('New password', { exact: true }).fill(next);
    await this.passwordForm.getByLabel('Confirm new password').fill(next);
    await this.passwordForm.getByRole('button', { name: 'Change password' }).click();
  }
}
