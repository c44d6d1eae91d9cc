import { expect, type Locator, type Page } from '@playwright/test';

export class HomePage {
  readonly signedInAs: Locator;
  readonly capabilities: Locator;

  constructor(private readonly page: Page) {
    this.signedInAs = page.getByTestId('signed-in-as');
    this.capabilities = page.getByRole('table', { name: /role can do/ });
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText('Welcome');
  }
}
