import { expect, type Locator, type Page } from '@playwright/test';

/** /bank: search, filters and the result list. */
export class BankPage {
  readonly search: Locator;
  readonly results: Locator;
  readonly resultsHeading: Locator;
  readonly importLink: Locator;
  readonly newQuestionLink: Locator;

  constructor(private readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search the bank' });
    this.results = page.getByRole('list', { name: 'Questions' });
    this.resultsHeading = page.locator('#results-heading');
    this.importLink = page.getByRole('link', { name: 'Import', exact: true });
    this.newQuestionLink = page.getByRole('link', { name: 'New question' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/bank');
    await expect(this.page.getByRole('heading', { name: 'Question bank', level: 1 })).toBeVisible();
  }

  /** Types like a person (the page debounces) and waits for the URL and the heading to follow. */
  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text).replace(/%20/g, '\\+')}`));
    await expect(this.resultsHeading).toContainText(`“${text}”`);
  }

  result(prompt: string | RegExp): Locator {
    return this.results.getByRole('link', { name: prompt });
  }

  /** "Did you mean …?": the link that runs the corrected search. */
  didYouMean(suggestion: string): Locator {
    return this.page.locator('.did-you-mean').getByRole('link', { name: suggestion, exact: true });
  }
}

/** /bank/questions/:id */
export class QuestionPage {
  readonly prompt: Locator;
  readonly lookFor: Locator;
  readonly redFlags: Locator;
  readonly editLink: Locator;
  readonly archiveButton: Locator;

  constructor(private readonly page: Page) {
    this.prompt = page.getByRole('heading', { level: 1 });
    this.lookFor = page.getByRole('region', { name: 'Look for' }).getByRole('listitem');
    this.redFlags = page.getByRole('region', { name: 'Red flags' }).getByRole('listitem');
    this.editLink = page.getByRole('link', { name: 'Edit', exact: true });
    this.archiveButton = page.getByRole('button', { name: 'Archive' });
  }

  /** A guidance section (Reference answer, Sample answer, …) as the question page shows it. */
  guidance(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }
}

/** /bank/import: choose a file, preview, decide, commit. */
export class ImportPage {
  readonly fileInput: Locator;
  readonly uploadButton: Locator;
  readonly commitButton: Locator;
  readonly keepAllButton: Locator;
  /** How the file was read: detected shape, counts, low-yield warning, interpretation switch. */
  readonly shapeReport: Locator;

  constructor(private readonly page: Page) {
    this.fileInput = page.getByLabel('Question bank file');
    this.uploadButton = page.getByRole('button', { name: 'Upload and preview' });
    this.commitButton = page.getByRole('button', { name: /^Commit/ });
    this.keepAllButton = page.getByRole('button', { name: 'Keep all' });
    this.shapeReport = page.getByRole('region', { name: 'How the file was read' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/bank/import');
    await expect(this.page.getByRole('heading', { name: 'Import questions', level: 1 })).toBeVisible();
  }

  async upload(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
    await this.uploadButton.click();
    await expect(this.page.getByRole('heading', { name: /questions found/ })).toBeVisible();
  }

  stat(label: string): Locator {
    return this.page
      .locator('.stat')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('dd');
  }

  /** The Keep both / Merge radio group of a possible duplicate (long prompts are shortened in its name). */
  decision(prompt: string): Locator {
    const start = prompt.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('group', { name: new RegExp(`^Decision for “${start}`) });
  }
}
