import { expect, type Page } from '@playwright/test';

export class InvitePage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: /^Join / })).toBeVisible();
  }

  async expectInvitationFor(name: string, roleLabel: string, organization: string): Promise<void> {
    await expect(this.page.getByText(`Hello ${name}`)).toContainText(`${organization} as ${roleLabel}`);
  }

  async choosePassword(password: string): Promise<void> {
    await this.page.getByLabel('New password').fill(password);
    await this.page.getByLabel('Confirm password').fill(password);
    await this.page.getByRole('button', { name: 'Set password and continue' }).click();
  }
}
