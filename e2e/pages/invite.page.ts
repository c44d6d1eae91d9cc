import { expect, type Locator, type Page } from '@playwright/test';

/** /invite/:token — what the invitation offers, and the way to accept it that fits who is signed in. */
export class InvitePage {
  readonly details: Locator;
  readonly password: Locator;

  constructor(private readonly page: Page) {
    this.details = page.getByRole('main').locator('dl');
    this.password = page.getByLabel('Password', { exact: true });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: /^Join / })).toBeVisible();
  }

  async expectInvitationFor(name: string, roleLabel: string, organization: string): Promise<void> {
    await expect(this.page.getByText(`Hello ${name}`)).toContainText(`${organization} as ${roleLabel}`);
  }

  /** Signed out: a new person chooses a password, an existing account enters its own. */
  async acceptWithPassword(organization: string, password: string): Promise<void> {
    await this.password.fill(password);
    await this.joinButton(organization).click();
  }

  /** Signed in as the invited account: one button. */
  async joinSignedIn(organization: string): Promise<void> {
    await expect(this.password).toHaveCount(0);
    await this.joinButton(organization).click();
  }

  joinButton(organization: string): Locator {
    return this.page.getByRole('button', { name: `Join ${organization}`, exact: true });
  }
}
