import { expect, test } from '@playwright/test';
import { InterviewModePage } from '../pages/interview-mode.page';
import { LoginPage } from '../pages/login.page';
import { LoopPage } from '../pages/loop.page';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/demo';
import { expectAccessible } from '../support/accessibility';
import { scheduleSeedKitInterview } from '../support/hiring';

test.setTimeout(90_000);

test('an interviewer scores a whole seed kit with the keyboard only, goes offline half-way, and the recruiter sees the submission live', async ({
  browser,
  baseURL,
}) => {
  const setup = await scheduleSeedKitInterview(baseURL ?? '');

  // The recruiter watches the loop; the seat starts as not started.
  const recruiterContext = await browser.newContext();
  const recruiterPage = await recruiterContext.newPage();
  const recruiterLogin = new LoginPage(recruiterPage);
  await recruiterLogin.goto();
  await recruiterLogin.signIn(DEMO_USERS.recruiter.email, DEMO_PASSWORD);
  await expect(recruiterPage.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const loop = new LoopPage(recruiterPage);
  await loop.goto(setup.loopId);
  await expect(loop.seatStatus(DEMO_USERS.interviewer.name)).toHaveText(/Pending|Not started/);
  await expectAccessible(recruiterPage, 'the loop page');

  // The interviewer signs in and opens the interview from My interviews, keyboard only.
  const interviewerContext = await browser.newContext();
  const page = await interviewerContext.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.email.focus();
  await page.keyboard.type(DEMO_USERS.interviewer.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  const myInterviews = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My interviews' });
  await expect(myInterviews).toBeVisible();
  const interview = new InterviewModePage(page);
  await interview.tabTo(myInterviews);
  await page.keyboard.press('Enter');
  const start = page
    .getByRole('row')
    .filter({ hasText: setup.candidateName })
    .getByRole('link', { name: /Start scoring/ });
  await expect(start).toBeVisible();
  await expectAccessible(page, 'My interviews');
  await interview.tabTo(start);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/interviews/${setup.interviewId}`));
  await interview.expectQuestion(1);
  await expectAccessible(page, 'interview mode');

  const half = Math.ceil(setup.questionCount / 2);
  for (let number = 1; number <= setup.questionCount; number++) {
    await interview.expectQuestion(number);
    if (number === half + 1) {
      // Half-way the connection drops; the interviewer keeps going.
      await interviewerContext.setOffline(true);
    }
    const rating = ((number + 1) % 4) + 1;
    await page.keyboard.press(String(rating));
    await expect(interview.ratingOf(number).getByRole('radio', { checked: true })).toHaveAccessibleName(new RegExp(`^${rating}\\b`));
    await page.keyboard.press('n');
    await expect(interview.notes).toBeFocused();
    await page.keyboard.type(`Evidence for question ${number}: named concrete trade-offs.`);
    await page.keyboard.press('Escape');
    if (number > half) await expect(interview.saveStatus).toContainText('Offline');
    await page.keyboard.press('j');
  }
  await expect(interview.saveStatus).toContainText('Offline — changes kept on this device');
  await expect(loop.seatStatus(DEMO_USERS.interviewer.name)).not.toHaveText(/Submitted/);

  // Back online: the queue replays by itself.
  await interviewerContext.setOffline(false);
  await expect(interview.saveStatus).toHaveText(/Saved/, { timeout: 15_000 });

  // Wrap-up: competency ratings are pre-filled; pick a recommendation and write the summary.
  const yes = interview.recommendation.getByRole('radio', { name: 'Yes', exact: true });
  await interview.tabTo(interview.recommendation.getByRole('radio').first());
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(yes).toBeChecked();
  await expectAccessible(page, 'the wrap-up');
  await page.keyboard.press('n');
  await expect(interview.summary).toBeFocused();
  await page.keyboard.type('Strong on design trade-offs, thinner on indexing; would hire for the platform team.');
  await page.keyboard.press('Control+Enter');
  await expect(interview.locked).toBeVisible();

  // The recruiter's page updates without a reload.
  await expect(loop.seatStatus(DEMO_USERS.interviewer.name)).toHaveText(/Submitted/);
  await expect(loop.liveRegion).toContainText(`${DEMO_USERS.interviewer.name} submitted`);

  await recruiterContext.close();
  await interviewerContext.close();
});
