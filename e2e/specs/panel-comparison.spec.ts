import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ComparisonPage, PanelScorecardPage } from '../pages/comparison.page';
import { LoginPage } from '../pages/login.page';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/demo';
import { expectAccessible } from '../support/accessibility';
import { scoreThreeCandidates } from '../support/hiring';

test.setTimeout(90_000);

test('a recruiter compares three candidates scored by three interviewers, exports CSV, and the hiring manager records a decision', async ({
  page,
  baseURL,
}) => {
  const { jobId, candidates } = await scoreThreeCandidates(baseURL ?? '');
  const [strong, split, weak] = candidates;

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.recruiter.email, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Scorecards to chase' })).toBeVisible();
  await expectAccessible(page, 'the home page');

  // From the job page to the comparison.
  await page.goto(`/jobs/${jobId}`);
  await expect(page.getByRole('link', { name: 'Compare candidates' })).toBeVisible();
  await expectAccessible(page, 'the job page');
  await page.getByRole('link', { name: 'Compare candidates' }).click();
  const comparison = new ComparisonPage(page);
  await expect(comparison.rows).toHaveCount(3);
  await expectAccessible(page, 'the job comparison');
  for (const candidate of candidates) await expect(comparison.row(candidate.name).getByText('3 of 3')).toBeVisible();
  // The split panel is flagged where the ratings differ by 2+ points.
  await expect(comparison.row(split.name).getByTestId('disagreement-flag').first()).toBeVisible();
  await expect(comparison.row(strong.name).getByTestId('disagreement-flag')).toHaveCount(0);

  // Sorted by composite, best first; sorting again turns the order round.
  await comparison.sortBy('Composite (raw)').click();
  const firstOrder = await comparison.order();
  const descending = [strong.name, split.name, weak.name];
  expect([descending, [...descending].reverse()]).toContainEqual(firstOrder);
  await comparison.sortBy('Composite (raw)').click();
  expect(await comparison.order()).toEqual([...firstOrder].reverse());

  // CSV export: a file with a header and one row per candidate.
  const downloading = page.waitForEvent('download');
  await comparison.exportCsv.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('senior-backend-engineer-comparison.csv');
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\n');
  expect(csv[0]).toMatch(/^Candidate,Scorecards submitted,Scorecards expected,Missing from,Composite,Calibrated composite,/);
  expect(csv).toHaveLength(4);
  for (const candidate of candidates) expect(csv.some((line) => line.startsWith(`${candidate.name},3,3,`))).toBe(true);
  await expect(comparison.csvStatus).toContainText('Downloaded');

  // The recruiter may read the panel but not decide.
  await comparison.row(strong.name).getByRole('link', { name: strong.name }).click();
  const panel = new PanelScorecardPage(page);
  await expect(panel.grid).toBeVisible();
  await expect(panel.decisionForm).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out' }).click();

  // The hiring manager records the decision with a rationale; it joins the audit trail.
  await login.expectShown();
  await login.signIn(DEMO_USERS.manager.email, DEMO_PASSWORD);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.goto(`/loops/${strong.loopId}/scorecard`);
  await expect(panel.grid).toBeVisible();
  await expectAccessible(page, 'the panel scorecard');
  await panel.decision('Hire').check();
  await panel.record.click();
  await expect(panel.rationale).toHaveAttribute('aria-invalid', 'true');
  await panel.rationale.fill('Consistently strong across the panel; the design answers were the best of the three.');
  await panel.record.click();
  await expect(page.getByText('Decision recorded: Hire.')).toBeVisible();
  await expect(panel.currentDecision).toContainText('Hire');
  await expect(panel.trail.getByTestId('decision-trail-entry')).toHaveCount(1);
  await expect(panel.trail).toContainText(DEMO_USERS.manager.name);

  // Analytics: calibration per interviewer and reliability per job, charts included.
  await page.goto('/analytics');
  await expect(page.getByTestId('calibration-row').first()).toBeVisible();
  await expect(page.getByTestId('reliability-row').first()).toBeVisible();
  await expectAccessible(page, 'analytics');
});
