import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/app-shell.page';
import { BankPage, ImportPage } from '../pages/bank.page';
import { HomePage } from '../pages/home.page';
import { KitPreviewPage } from '../pages/kit-builder.page';
import { LoginPage } from '../pages/login.page';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/demo';
import { GraphQLApi } from '../support/graphql-api';

const SEED_BANK = resolve(__dirname, '../../db/seeds/bank/backend-developer-questions.txt');
const RUN = `bx${Date.now().toString(36)}`;
const PROMPT = `How would you find the slowest queries of a PostgreSQL database (${RUN})?`;

/** The seed bank in the demo organization (as `npm start` imports it), and a kit with a rubric-rich question. */
async function prepare(baseURL: string): Promise<void> {
  const api = await GraphQLApi.create(baseURL);
  await api.signIn(DEMO_USERS.manager.email);
  const { previewBankImport: preview } = await api.call<{
    previewBankImport: { id: string; alreadyImported: boolean; items: Array<{ index: number; outcome: string }> };
  }>(`mutation ($input: PreviewBankImportInput!) { previewBankImport(input: $input) { id alreadyImported items { index outcome } } }`, {
    input: { fileName: 'backend-developer-questions.txt', contentBase64: readFileSync(SEED_BANK).toString('base64') },
  });
  if (!preview.alreadyImported) {
    const decisions = preview.items.filter((i) => i.outcome === 'POSSIBLE_DUPLICATE').map((i) => ({ index: i.index, action: 'KEEP_BOTH' }));
    await api.call(`mutation ($input: CommitBankImportInput!) { commitBankImport(input: $input) { id } }`, {
      input: { id: preview.id, decisions },
    });
  }
  const questionId = await api.call<{ createQuestion: { id: string } }>(
    `mutation ($input: QuestionContentInput!) { createQuestion(input: $input) { id } }`,
    {
      input: {
        prompt: PROMPT,
        lookFor: ['Turns on `pg_stat_statements`'],
        redFlags: ['Adds indexes without measuring'],
        interviewerGuidance: 'A good candidate measures before changing anything.',
        referenceAnswer: 'Sort by total time:\n\n```sql\nSELECT query, total_exec_time FROM pg_stat_statements ORDER BY 2 DESC;\n```',
      },
    },
  );
  await api.call(`mutation ($input: KitInput!) { createKit(input: $input) { id } }`, {
    input: {
      title: `Database round ${RUN}`,
      roleName: 'Backend Engineer',
      interviewMinutes: 30,
      sections: [{ competency: 'databases', questions: [{ questionId: questionId.createQuestion.id, plannedMinutes: 10 }] }],
    },
  });
  await api.dispose();
}

test('a hiring manager exports the bank as Markdown, the wizard reads it back, and a kit preview shows the rubric', async ({
  page,
  baseURL,
}, testInfo) => {
  await prepare(baseURL ?? '');
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.manager.email, DEMO_PASSWORD);
  await new HomePage(page).expectShown();
  await new AppShell(page).bankLink.click();
  const bank = new BankPage(page);

  // Export as Markdown: progress, then a download of the whole file.
  const exporter = page.getByRole('group', { name: 'Export the bank' });
  await exporter.getByLabel('Export format').selectOption({ label: 'Markdown' });
  const downloading = page.waitForEvent('download');
  await exporter.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('bank.md');
  const done = exporter.locator('.bank-export__status');
  await expect(done).toHaveText(/^Exported [\d,]+ questions to bank\.md\.$/);
  const exported = Number((await done.textContent())?.replace(/[^\d]/g, ''));
  await page.screenshot({ path: testInfo.outputPath('bank-export.png') });
  const file = testInfo.outputPath('bank.md');
  await download.saveAs(file);

  expect(exported).toBeGreaterThanOrEqual(174);

  // The import wizard reads the file back to the same number of questions, every one already in the bank.
  await bank.importLink.click();
  const wizard = new ImportPage(page);
  await wizard.upload(file);
  await expect(page.getByRole('heading', { name: /questions found/ })).toContainText(`${exported.toLocaleString('en-GB')} questions found`);
  await expect(wizard.stat('New')).toHaveText('0');

  // The kit preview shows the rubric the way interview mode does: points, guidance, code as code.
  await page.goto('/kits');
  const kit = await page.getByRole('link', { name: `Database round ${RUN}` }).getAttribute('href');
  await page.goto(`${kit}/preview`);
  await expect(new KitPreviewPage(page).questionPrompts).toHaveText([PROMPT]);
  const lookFor = page.getByRole('region', { name: 'Look for' });
  await expect(lookFor.getByRole('listitem')).toHaveText(['Turns on pg_stat_statements']);
  await expect(lookFor.locator('code')).toHaveText('pg_stat_statements');
  await expect(page.getByRole('region', { name: 'Red flags' })).toContainText('Adds indexes without measuring');
  await expect(page.getByRole('region', { name: 'Interviewer guidance' })).toContainText('measures before changing anything');
  await expect(page.getByRole('region', { name: 'Reference answer' }).locator('pre code')).toContainText('FROM pg_stat_statements');
  await page.screenshot({ path: testInfo.outputPath('kit-preview.png'), fullPage: false });
});
