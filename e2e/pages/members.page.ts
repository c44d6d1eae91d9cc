import { expect, type Locator, type Page } from '@playwright/test';

export class MembersPage {
  readonly table: Locator;
  readonly invitationPanel: Locator;
  readonly invitationLink: Locator;
  readonly copyLinkButton: Locator;
  readonly resetPanel: Locator;
  readonly resetLink: Locator;
  readonly notice: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: /^Members of/ });
    this.invitationPanel = page.getByRole('region', { name: /invitation link/i });
    this.invitationLink = this.invitationPanel.getByRole('textbox', { name: /Invitation link for/ });
    this.copyLinkButton = this.invitationPanel.getByRole('button', { name: /Copy link|Copied/ });
    this.resetPanel = page.getByRole('region', { name: /^Password reset link for/ });
    this.resetLink = this.resetPanel.getByRole('textbox', { name: /Password reset link for/ });
    this.notice = page.locator('.notice-region');
  }

  async goto(): Promise<void> {
    await this.page.goto('/members');
    await expect(this.page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  async addMember(member: { name: string; email: string; roleLabel: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a member' });
    await form.getByLabel('Name').fill(member.name);
    await form.getByLabel('Work email').fill(member.email);
    await form.getByLabel('Role').selectOption({ label: member.roleLabel });
    await form.getByRole('button', { name: 'Add member' }).click();
  }

  /** Clicks Copy link and returns what landed on the clipboard. */
  async copyInvitationLink(): Promise<string> {
    await this.copyLinkButton.click();
    await expect(this.invitationPanel.getByRole('status')).toHaveText('Link copied to the clipboard.');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async deactivate(name: string): Promise<void> {
    const row = this.row(name);
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await row.getByRole('button', { name: 'Yes, deactivate' }).click();
    await expect(row.getByText('Deactivated')).toBeVisible();
  }

  /** Asks for a password reset link for an active member and returns it. */
  async issuePasswordReset(name: string): Promise<string> {
    const row = this.row(name);
    await row.getByRole('button', { name: 'Reset password link' }).click();
    await row.getByRole('button', { name: 'Yes, create link' }).click();
    await expect(this.resetPanel).toBeVisible();
    return this.resetLink.inputValue();
  }
}
