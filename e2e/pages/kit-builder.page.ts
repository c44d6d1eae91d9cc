import { expect, type Locator, type Page } from '@playwright/test';

/**
 * /kits/new and /kits/:id, driven with the keyboard only: controls are reached with focus()
 * (standing in for Tab) and used with typing, Enter and shortcuts, never with the mouse.
 */
export class KitBuilderPage {
  readonly role: Locator;
  readonly title: Locator;
  readonly interviewLength: Locator;
  readonly notes: Locator;
  readonly addSectionButton: Locator;
  readonly bankSearch: Locator;
  readonly bankResults: Locator;
  readonly summary: Locator;
  readonly warnings: Locator;
  readonly saveStatus: Locator;
  readonly cloneButton: Locator;
  readonly previewLink: Locator;

  constructor(private readonly page: Page) {
    this.role = page.getByLabel('Role', { exact: true });
    this.title = page.getByLabel('Title', { exact: true });
    this.interviewLength = page.getByLabel('Interview length (minutes)');
    this.notes = page.getByLabel('Notes for interviewers');
    this.addSectionButton = page.getByRole('button', { name: '+ Add section' });
    this.bankSearch = page.getByRole('searchbox', { name: 'Search the bank' });
    this.bankResults = page.getByRole('list', { name: 'Bank results' });
    this.summary = page.getByRole('region', { name: 'Kit summary' });
    this.warnings = this.summary.getByRole('list', { name: 'Warnings' });
    this.saveStatus = page.locator('.save-status');
    this.cloneButton = page.getByRole('button', { name: 'Clone' });
    this.previewLink = page.getByRole('link', { name: 'Preview', exact: true });
  }

  /** Focuses a control the way Tab would, then presses a key. */
  async press(control: Locator, key: string): Promise<void> {
    await control.focus();
    await this.page.keyboard.press(key);
  }

  /** Focuses a field, selects what is in it and types over it. */
  async typeInto(control: Locator, text: string): Promise<void> {
    await control.focus();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
  }

  section(index: number): Locator {
    return this.page.getByRole('listitem', { name: new RegExp(`^Section ${index}: `) });
  }

  /** Enter on "+ Add section" focuses the new section's competency, so typing names it. */
  async addSection(competency: string, title?: string): Promise<void> {
    const count = await this.page.getByLabel('Competency', { exact: true }).count();
    await this.press(this.addSectionButton, 'Enter');
    const competencyInput = this.section(count + 1).getByLabel('Competency', { exact: true });
    await expect(competencyInput).toBeFocused();
    await this.page.keyboard.type(competency);
    if (title) await this.typeInto(this.section(count + 1).getByLabel('Section title (optional)'), title);
  }

  /** Types a search that finds one question; Enter runs it and focuses the result; Enter again adds it to the current section. */
  async addFromBank(search: string, prompt: string, sectionName: string): Promise<void> {
    await this.typeInto(this.bankSearch, search);
    await this.page.keyboard.press('Enter');
    const add = this.bankResults.getByRole('button', { name: `Add to ${sectionName}: ${prompt}` });
    await expect(add).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.bankResults.getByRole('button', { name: `Already in the kit: ${prompt}` })).toBeVisible();
  }

  questions(sectionIndex: number): Locator {
    return this.section(sectionIndex).locator('.kit-question__prompt');
  }

  minutes(prompt: string): Locator {
    return this.page.getByRole('spinbutton', { name: `Planned minutes for “${short(prompt)}”` });
  }

  handle(prompt: string): Locator {
    return this.page.getByRole('button', { name: `Reorder “${short(prompt)}”` });
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toContainText('Saved', { timeout: 10_000 });
  }
}

/** /kits/:id/preview */
export class KitPreviewPage {
  readonly questionPrompts: Locator;
  readonly printButton: Locator;

  constructor(page: Page) {
    this.questionPrompts = page.locator('.kit-doc-question__prompt');
    this.printButton = page.getByRole('button', { name: 'Print', exact: true });
  }
}

/** The builder shortens prompts in control names the same way. */
function short(prompt: string, length = 60): string {
  return prompt.length > length ? `${prompt.slice(0, length - 1).trimEnd()}…` : prompt;
}
