import { expect, test, type Browser } from '@playwright/test';
import { InterviewModePage } from '../pages/interview-mode.page';
import { LoginPage } from '../pages/login.page';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/demo';
import { scheduleSeedKitInterview } from '../support/hiring';

// Two browsers at once: on a busy machine this takes well over a minute.
test.setTimeout(150_000);

/** One device (its own browser context) signed in as the demo interviewer with the interview open. */
async function openOnDevice(browser: Browser, interviewId: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.interviewer.email, DEMO_PASSWORD);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.goto(`/interviews/${interviewId}`);
  const interview = new InterviewModePage(page);
  await interview.expectQuestion(1);
  return { context, page, interview };
}

test('two devices edit one scorecard: different fields merge, the same notes keep both texts, a shared sentence once', async ({
  browser,
  baseURL,
}) => {
  const setup = await scheduleSeedKitInterview(baseURL ?? '');
  const laptop = await openOnDevice(browser, setup.interviewId);
  const tablet = await openOnDevice(browser, setup.interviewId);

  // The laptop rates Q1 and writes notes: saved as version 2.
  await laptop.page.keyboard.press('4');
  await laptop.page.keyboard.press('n');
  await laptop.page.keyboard.type('Named the CAP trade-off. Strong on consistency.');
  await laptop.page.keyboard.press('Escape');
  await expect(laptop.interview.saveStatus).toHaveText(/Saved/);
  await expect(laptop.interview.notes).toHaveValue('Named the CAP trade-off. Strong on consistency.');

  // The tablet still holds version 1 and writes other notes on the same question.
  await tablet.page.keyboard.press('n');
  await tablet.page.keyboard.type('Named the CAP trade-off. Asked about idempotency keys.');
  await tablet.page.keyboard.press('Escape');
  const conflict = tablet.page.getByRole('group', { name: /^Conflict: Notes/ });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Named the CAP trade-off. Strong on consistency.');
  await expect(conflict).toContainText('Named the CAP trade-off. Asked about idempotency keys.');
  // The laptop's rating merged in silently: only the notes are in conflict.
  await expect(tablet.interview.ratingOf(1).getByRole('radio', { checked: true })).toHaveAccessibleName(/^4\b/);

  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await expect(tablet.page.getByTestId('conflict-panel')).toHaveCount(0);
  await expect(tablet.interview.saveStatus).toHaveText(/Saved/);
  // Keep both merges by sentence: the sentence both wrote appears once.
  const merged = 'Named the CAP trade-off. Strong on consistency. Asked about idempotency keys.';
  await expect(tablet.interview.notes).toHaveValue(merged);

  // What the server kept, as a fresh load on the laptop shows it: nobody's words were lost.
  await laptop.page.reload();
  await laptop.interview.expectQuestion(1);
  await expect(laptop.interview.notes).toHaveValue(merged);

  await laptop.context.close();
  await tablet.context.close();
});

test('a second tab of the same browser follows what the first saves, instead of showing "Saved" beside stale text', async ({
  browser,
  baseURL,
}) => {
  const setup = await scheduleSeedKitInterview(baseURL ?? '');
  const { context, page: first, interview: firstTab } = await openOnDevice(browser, setup.interviewId);
  const second = await context.newPage();
  await second.goto(`/interviews/${setup.interviewId}`);
  const secondTab = new InterviewModePage(second);
  await secondTab.expectQuestion(1);
  await expect(secondTab.notes).toHaveValue('');

  await first.bringToFront();
  await first.keyboard.press('3');
  await first.keyboard.press('n');
  await first.keyboard.type('Walked through the cache invalidation.');
  await first.keyboard.press('Escape');
  await expect(firstTab.saveStatus).toHaveText(/Saved/);

  // The other tab, never reloaded, now holds the same rating and notes.
  await expect(secondTab.notes).toHaveValue('Walked through the cache invalidation.');
  await expect(secondTab.ratingOf(1).getByRole('radio', { checked: true })).toHaveAccessibleName(/^3\b/);
  await expect(secondTab.saveStatus).toHaveText(/Saved/);
  await context.close();
});
