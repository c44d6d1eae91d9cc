import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/app-shell.page';
import { BankPage, ImportPage, QuestionPage } from '../pages/bank.page';
import { HomePage } from '../pages/home.page';
import { LoginPage } from '../pages/login.page';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/demo';

// Small fixtures derived from the importer's corpus (libs/question-bank/src/__fixtures__/corpus).
const HEADING_BANK = resolve(__dirname, '../fixtures/heading-bank.md');
const DETAILS_BANK = resolve(__dirname, '../fixtures/details-bank.md');

test('banks in other shapes import through the wizard, keep their answers and code, and a misspelt search is forgiven', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.manager.email, DEMO_PASSWORD);
  await new HomePage(page).expectShown();
  await new AppShell(page).bankLink.click();
  const bank = new BankPage(page);
  await bank.importLink.click();
  const wizard = new ImportPage(page);

  // A bank whose headings title the question asked in the paragraph below them.
  await wizard.upload(HEADING_BANK);
  await expect(wizard.shapeReport.getByText(/Detected shape:/)).toContainText(
    'a heading titles the question asked in the paragraph below it (8 questions, from line',
  );
  await expect(wizard.shapeReport.getByText(/^Seen:/)).toContainText('Made 8 questions');
  await expect(wizard.shapeReport.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'table of contents', exact: true })).toBeVisible();
  await expect(page.getByText('Design the pagination of an endpoint that lists millions of orders.')).toBeVisible();

  // Reading it as list items finds nothing: the preview says so and the commit waits for a confirmation.
  await wizard.shapeReport.getByRole('radio', { name: /Each list item is a question/ }).check();
  await wizard.shapeReport.getByRole('button', { name: 'Preview again' }).click();
  await expect(wizard.shapeReport.getByRole('alert')).toContainText('Only 0 questions from');
  await expect(wizard.commitButton).toBeDisabled();

  // Back to automatic, and commit what that preview shows.
  await wizard.shapeReport.getByRole('radio', { name: /Automatic/ }).check();
  await wizard.shapeReport.getByRole('button', { name: 'Preview again' }).click();
  await expect(wizard.shapeReport.getByText(/^Seen:/)).toContainText('Made 8 questions');
  if (await wizard.keepAllButton.isVisible()) await wizard.keepAllButton.click();
  await wizard.commitButton.click();
  await expect(page.getByRole('heading', { name: 'Imported heading-bank.md' })).toBeVisible();
  await expect(wizard.stat('Questions created')).toHaveText('8');

  // A Q/A bank whose answers are inside <details>.
  await page.getByRole('button', { name: 'Import another file' }).click();
  await wizard.upload(DETAILS_BANK);
  await expect(wizard.shapeReport.getByText(/Detected shape:/)).toContainText('answers inside <details> (4 questions, from line');
  await expect(page.getByRole('cell', { name: 'collapsed section outside any question', exact: true })).toBeVisible();
  if (await wizard.keepAllButton.isVisible()) await wizard.keepAllButton.click();
  await wizard.commitButton.click();
  await expect(page.getByRole('heading', { name: 'Imported details-bank.md' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the question bank' }).click();

  // A typo: "Did you mean" from the bank's own words, and the corrected search finds the question.
  await bank.searchFor('idempotncy');
  await bank.didYouMean('idempotency').click();
  await expect(bank.search).toHaveValue('idempotency');
  const hit = bank.result(/What is an idempotency key, and when does a client send one\?/);
  await expect(hit).toBeVisible();
  await hit.click();

  // Its reference answer keeps the text and the code block from inside <details>.
  const question = new QuestionPage(page);
  await expect(question.prompt).toHaveText('What is an idempotency key, and when does a client send one?');
  const answer = question.guidance('Reference answer');
  await expect(answer).toContainText('A unique value the client sends with a request it may retry');
  await expect(answer.locator('pre code')).toHaveText('POST /payments\nIdempotency-Key: 5f1c9a');

  // The heading-shaped bank's question kept its code with the prompt.
  await page.goto('/bank');
  await bank.searchFor('pagination orders');
  await bank.result(/Design the pagination of an endpoint/).click();
  await expect(question.prompt).toHaveText('Design the pagination of an endpoint that lists millions of orders.');
  await expect(page.getByLabel('Code for the question')).toHaveText(
    'SELECT * FROM orders ORDER BY created_at DESC LIMIT 50 OFFSET 100000;',
  );
});
