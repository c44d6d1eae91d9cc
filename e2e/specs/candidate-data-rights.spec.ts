import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CandidateExportPrintPage, CandidatePage, CandidatesPage } from '../pages/candidate.page';
import { ComparisonPage } from '../pages/comparison.page';
import { LoginPage } from '../pages/login.page';
import { expectAccessible } from '../support/accessibility';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/demo';
import { scoreThreeCandidates } from '../support/hiring';

test.setTimeout(120_000);

/** Every figure of the calibration table, row by row, as shown. */
async function calibrationFigures(page: Page): Promise<string[]> {
  await page.goto('/analytics');
  const rows = page.getByTestId('calibration-row');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((found) =>
    found.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.trim() ?? '').join(' | ')),
  );
}

test('an admin exports a candidate, erases them, and they are gone from search, the comparison and its CSV while calibration stays', async ({
  page,
  baseURL,
}) => {
  const { jobId, candidates } = await scoreThreeCandidates(baseURL ?? '');
  const [strong, target, weak] = candidates;
  const others = [strong.name, weak.name];

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // The interviewers' calibration before the erasure.
  const calibrationBefore = await calibrationFigures(page);
  expect(calibrationBefore.some((row) => row.startsWith(DEMO_USERS.interviewer.name))).toBe(true);

  // Found through the candidate search.
  const directory = new CandidatesPage(page);
  await directory.goto();
  await directory.search.fill(target.name);
  await directory.link(target.name).click();
  const candidate = new CandidatePage(page);
  await candidate.expectShown(target.name);
  await expect(candidate.exportData).toBeVisible();
  await expectAccessible(page, 'the candidate page with its data rights');

  // Export: a JSON file named by id and date (never the name) holding this candidate and no other.
  const downloading = page.waitForEvent('download');
  await candidate.exportData.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^candidate-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
  const content = readFileSync(await download.path(), 'utf8');
  const exported = JSON.parse(content) as {
    format: string;
    candidate: { id: string; name: string };
    loops: Array<{
      job: { id: string };
      interviews: Array<{ scorecards: Array<{ interviewer: string; status: string; revisions: unknown[] }> }>;
    }>;
  };
  expect(exported.format).toBe('panelist.candidate-export/1');
  expect(exported.candidate.name).toBe(target.name);
  expect(exported.loops.map((loop) => loop.job.id)).toEqual([jobId]);
  const scorecards = exported.loops[0].interviews.flatMap((interview) => interview.scorecards);
  expect(scorecards.map((scorecard) => scorecard.status)).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED']);
  expect(scorecards.every((scorecard) => scorecard.revisions.length === 1)).toBe(true);
  for (const other of others) expect(content).not.toContain(other);
  await expect(candidate.exportStatus).toContainText(`Downloaded ${download.suggestedFilename()}`);

  // The same export to read and print.
  await candidate.printView.click();
  const printView = new CandidateExportPrintPage(page);
  await expect(page.getByRole('heading', { name: target.name, level: 1 })).toBeVisible();
  await expect(printView.section('Profile')).toContainText(target.name);
  await expect(printView.section('Applications')).toContainText('Senior Backend Engineer');
  await expect(printView.section('Applications').getByRole('heading', { name: /^Scorecard by / })).toHaveCount(3);
  await expect(printView.section('Audit events')).toContainText('Candidate data exported');
  for (const other of others) await expect(page.locator('main')).not.toContainText(other);
  await expectAccessible(page, 'the printable candidate export');
  await page.emulateMedia({ media: 'print' });
  await expect(printView.toolbar).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Back to the candidate' }).click();
  await candidate.expectShown(target.name);

  // Erasure: the dialog explains what goes and what stays, and wants the name typed.
  await candidate.erase.click();
  await expect(candidate.dialog).toBeVisible();
  await expect(candidate.dialog).toContainText('Kept, without the person');
  await expect(candidate.confirmName).toBeFocused();
  await expectAccessible(page, 'the erase dialog');
  await candidate.confirmName.fill(strong.name);
  await candidate.confirmErase.click();
  await expect(candidate.confirmName).toHaveAttribute('aria-invalid', 'true');
  await expect(candidate.dialog).toContainText('Type the candidate’s name exactly as shown to confirm the erasure.');
  await expect(candidate.confirmName).toBeFocused();
  await candidate.confirmName.fill(`  ${target.name.toUpperCase()} `);
  await candidate.confirmErase.click();

  // Lands on the candidates list with a notice; the name finds nobody any more.
  await expect(page).toHaveURL(/\/candidates$/);
  await expect(directory.notice).toContainText('The candidate was erased.');
  await expect(directory.table).not.toContainText(target.name);
  await directory.search.fill(target.name);
  await expect(directory.noMatch(target.name)).toBeVisible();

  // The job comparison: three rows still (the ratings stay), one of them anonymous.
  const comparison = new ComparisonPage(page);
  await comparison.goto(jobId);
  await expect(comparison.rows).toHaveCount(3);
  await expect(comparison.row(strong.name)).toBeVisible();
  await expect(page.locator('[data-testid="comparison-row"][data-candidate^="Erased candidate"]')).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText(target.name);

  // …and its CSV export.
  const csvDownloading = page.waitForEvent('download');
  await comparison.exportCsv.click();
  const csv = readFileSync(await (await csvDownloading).path(), 'utf8');
  expect(csv).not.toContain(target.name);
  for (const other of others) expect(csv).toContain(other);
  expect(csv).toMatch(/^Erased candidate [0-9a-f]{8},3,3,/m);

  // The interviewers' calibration has not moved.
  expect(await calibrationFigures(page)).toEqual(calibrationBefore);
});
