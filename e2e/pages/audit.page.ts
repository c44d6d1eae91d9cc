import { expect, type Locator, type Page } from '@playwright/test';

/** The audit trail (/audit, admins): filters kept in the address, the table, older pages and CSV. */
export class AuditPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly person: Locator;
  readonly action: Locator;
  readonly targetType: Locator;
  readonly targetId: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly apply: Locator;
  readonly clear: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly loadOlder: Locator;
  readonly oldestNote: Locator;
  readonly exportCsv: Locator;
  readonly csvStatus: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Audit trail', level: 1 });
    this.filters = page.getByRole('form', { name: 'Filter the audit trail' });
    this.person = this.filters.getByLabel('Person');
    this.action = this.filters.getByLabel('Action');
    this.targetType = this.filters.getByLabel('Target type');
    this.targetId = this.filters.getByLabel('Target id');
    this.from = this.filters.getByLabel('From');
    this.to = this.filters.getByLabel('To');
    this.apply = this.filters.getByRole('button', { name: 'Apply filters' });
    this.clear = this.filters.getByRole('button', { name: 'Clear filters' });
    this.table = page.getByRole('table', { name: /^Audit events/ });
    this.rows = page.getByTestId('audit-row');
    this.count = page.getByTestId('audit-count');
    this.loadOlder = page.getByRole('button', { name: 'Load older' });
    this.oldestNote = page.getByText(/That is the oldest/);
    this.exportCsv = page.getByRole('button', { name: 'Export CSV' });
    this.csvStatus = page.getByTestId('audit-csv-status');
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/audit${search}`);
    await expect(this.heading).toBeVisible();
  }

  /** The action of each row, in the order the table shows them. */
  async actions(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action') ?? ''));
  }

  /** When each row happened (ISO), in table order. */
  async times(): Promise<string[]> {
    return this.rows.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  }
}
