import type { Locator, Page } from '@playwright/test';

/** The job comparison (/jobs/:id/compare). */
export class ComparisonPage {
  readonly rows: Locator;
  readonly exportCsv: Locator;
  readonly csvStatus: Locator;
  readonly printLink: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('comparison-row');
    this.exportCsv = page.getByRole('button', { name: 'Export CSV' });
    this.csvStatus = page.getByTestId('csv-status');
    this.printLink = page.getByRole('link', { name: 'Print for debrief' });
  }

  async goto(jobId: string): Promise<void> {
    await this.page.goto(`/jobs/${jobId}/compare`);
  }

  sortBy(column: string): Locator {
    return this.page.getByRole('button', { name: `Sort by ${column}` });
  }

  row(candidateName: string): Locator {
    return this.page.locator(`[data-testid="comparison-row"][data-candidate="${candidateName}"]`);
  }

  /** Candidate names in the order the table shows them. */
  async order(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-candidate') ?? ''));
  }
}

/** A candidate's panel scorecard (/loops/:id/scorecard) with the decision form. */
export class PanelScorecardPage {
  readonly grid: Locator;
  readonly decisionForm: Locator;
  readonly rationale: Locator;
  readonly record: Locator;
  readonly trail: Locator;
  readonly currentDecision: Locator;

  constructor(page: Page) {
    this.grid = page.getByRole('table', { name: /Ratings by interviewer and competency/ });
    this.decisionForm = page.getByRole('form', { name: 'Record the hiring decision' });
    this.rationale = page.getByRole('textbox', { name: 'Rationale' });
    this.record = page.getByRole('button', { name: 'Record decision' });
    this.trail = page.getByRole('list', { name: 'Decision trail' });
    this.currentDecision = page.getByTestId('current-decision');
  }

  decision(name: 'Hire' | 'No hire' | 'Hold'): Locator {
    return this.decisionForm.getByRole('radio', { name, exact: true });
  }
}
