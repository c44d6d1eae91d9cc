import { expect, type Locator, type Page } from '@playwright/test';

/** The candidate directory (/candidates) with its search. */
export class CandidatesPage {
  readonly search: Locator;
  readonly table: Locator;
  readonly notice: Locator;

  constructor(private readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search candidates' });
    this.table = page.getByRole('table', { name: 'Candidates' });
    this.notice = page.locator('.notice-region');
  }

  async goto(): Promise<void> {
    await this.page.goto('/candidates');
    await expect(this.page.getByRole('heading', { name: 'Candidates', level: 1 })).toBeVisible();
  }

  link(name: string): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }

  noMatch(search: string): Locator {
    return this.page.getByRole('heading', { name: `No candidate matches “${search}”` });
  }
}

/** One candidate (/candidates/:id), with the admin's data rights: export, print view, erasure. */
export class CandidatePage {
  readonly dataSection: Locator;
  readonly exportData: Locator;
  readonly printView: Locator;
  readonly exportStatus: Locator;
  readonly erase: Locator;
  readonly dialog: Locator;
  readonly confirmName: Locator;
  readonly confirmErase: Locator;
  readonly cancelErase: Locator;

  constructor(private readonly page: Page) {
    this.dataSection = page.getByRole('region', { name: 'Candidate data' });
    this.exportData = this.dataSection.getByRole('button', { name: 'Export data' });
    this.printView = this.dataSection.getByRole('link', { name: 'Print view' });
    this.exportStatus = page.getByTestId('candidate-export-status');
    this.erase = this.dataSection.getByRole('button', { name: 'Erase candidate…' });
    this.dialog = page.getByRole('dialog', { name: /^Erase / });
    this.confirmName = this.dialog.getByRole('textbox', { name: 'Type the candidate’s name to confirm' });
    this.confirmErase = this.dialog.getByRole('button', { name: 'Erase candidate' });
    this.cancelErase = this.dialog.getByRole('button', { name: 'Cancel' });
  }

  async expectShown(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }
}

/** A candidate's data export to read and print (/candidates/:id/export). */
export class CandidateExportPrintPage {
  readonly toolbar: Locator;
  readonly print: Locator;
  readonly downloadJson: Locator;

  constructor(private readonly page: Page) {
    this.toolbar = page.locator('.print-page__toolbar');
    this.print = page.getByRole('button', { name: 'Print' });
    this.downloadJson = page.getByRole('button', { name: 'Download JSON' });
  }

  section(name: 'Profile' | 'Applications' | 'Audit events'): Locator {
    return this.page.getByRole('region', { name });
  }
}
