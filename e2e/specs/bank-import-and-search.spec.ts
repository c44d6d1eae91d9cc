import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/app-shell.page';
import { BankPage, ImportPage, QuestionPage } from '../pages/bank.page';
import { HomePage } from '../pages/home.page';
import { LoginPage } from '../pages/login.page';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/demo';
import { GraphQLApi } from '../support/graphql-api';

const FIXTURE = resolve(__dirname, '../fixtures/platform-bank.md');
const ORIGINAL = 'How would you monitor Kafka consumer lag in production?';
const NEAR_DUPLICATE = 'How would you monitor Kafka consumer lag in a production cluster?';

test('a hiring manager imports a Markdown bank, decides the possible duplicate, then finds and opens a question', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.manager.email, DEMO_PASSWORD);
  await new HomePage(page).expectShown();

  // From the navigation to the import wizard.
  await new AppShell(page).bankLink.click();
  const bank = new BankPage(page);
  await bank.importLink.click();
  const wizard = new ImportPage(page);
  await expect(page).toHaveURL(/\/bank\/import$/);

  // Upload through the real file input; the preview lists what would happen.
  await wizard.upload(FIXTURE);
  await expect(wizard.stat('New')).toHaveText('6');
  await expect(wizard.stat('Possible duplicates')).toHaveText('1');
  await expect(wizard.stat('Skipped')).toHaveText('1');
  await expect(page.getByText('YAML front matter (document metadata, not questions)')).toBeVisible();
  await expect(page.getByText(ORIGINAL, { exact: true }).first()).toBeVisible();
  await expect(wizard.commitButton).toBeDisabled();
  await expect(wizard.commitButton).toHaveText('Commit (1 to decide)');

  // Decide with the keyboard: focus the group's first choice, select it, then move to Merge and back.
  const decision = wizard.decision(NEAR_DUPLICATE);
  const keepBoth = decision.getByRole('radio', { name: 'Keep both' });
  await keepBoth.focus();
  await page.keyboard.press('Space');
  await expect(keepBoth).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(decision.getByRole('radio', { name: 'Merge' })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(keepBoth).toBeChecked();
  await expect(wizard.commitButton).toHaveText('Commit import');

  await wizard.commitButton.click();
  await expect(page.getByRole('heading', { name: 'Imported platform-bank.md' })).toBeVisible();
  await expect(wizard.stat('Questions created')).toHaveText('7');
  await page.getByRole('link', { name: 'Go to the question bank' }).click();

  // Search for a word from the file: the match is highlighted.
  await bank.searchFor('postmortem');
  const hit = bank.result(/blameless postmortem after a payment outage/);
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText('postmortem');

  // The search survives a reload; keyboard: "/" then ↓ focuses the first result and Enter opens it.
  await bank.searchFor('Kafka consumer lag production');
  await page.reload();
  await expect(bank.search).toHaveValue('Kafka consumer lag production');
  await expect(bank.result(ORIGINAL)).toBeVisible();
  await expect(bank.result(ORIGINAL).locator('mark').first()).toHaveText('Kafka');
  await bank.result(ORIGINAL).focus();
  await page.keyboard.press('Enter');

  const question = new QuestionPage(page);
  await expect(question.prompt).toHaveText(ORIGINAL);
  await expect(question.lookFor).toHaveText([
    'Tracks lag per partition, not only per topic',
    'Alerts on the rate of change of lag, not just its size',
  ]);
  await expect(question.redFlags).toHaveText(['Restarts consumers until the lag goes away']);
  await expect(page.getByText('What would you alert on, and at which threshold?')).toBeVisible();
  await expect(question.editLink).toBeVisible();
});

test('an interviewer reads the bank but cannot import or edit', async ({ page, baseURL }) => {
  const manager = await GraphQLApi.create(baseURL ?? '');
  await manager.signIn(DEMO_USERS.manager.email);
  const prompt = `Describe how you would roll back a failed database migration (${Date.now().toString(36)}).`;
  const id = await manager.createQuestion({ prompt, lookFor: ['Has a tested down migration or a restore plan'] });
  await manager.dispose();

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.interviewer.email, DEMO_PASSWORD);
  await new HomePage(page).expectShown();
  await new AppShell(page).bankLink.click();

  const bank = new BankPage(page);
  await expect(page.getByRole('heading', { name: 'Question bank', level: 1 })).toBeVisible();
  await expect(bank.result(prompt)).toBeVisible();
  await expect(bank.importLink).toHaveCount(0);
  await expect(bank.newQuestionLink).toHaveCount(0);

  await bank.result(prompt).click();
  const question = new QuestionPage(page);
  await expect(page).toHaveURL(new RegExp(`/bank/questions/${id}$`));
  await expect(question.lookFor).toHaveText(['Has a tested down migration or a restore plan']);
  await expect(question.editLink).toHaveCount(0);
  await expect(question.archiveButton).toHaveCount(0);

  await page.goto('/bank/import');
  await expect(page.getByText(/Your role \(Interviewer\) can read the question bank but not import into it/)).toBeVisible();
  await expect(page.getByLabel('Question bank file')).toHaveCount(0);
});
