import { expect, test } from '@playwright/test';
import type { ParsedMail } from 'mailparser';
import { InterviewModePage } from '../pages/interview-mode.page';
import { LoginPage } from '../pages/login.page';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS, uniqueEmail } from '../support/demo';
import { GraphQLApi } from '../support/graphql-api';
import { scheduleSeedKitInterview } from '../support/hiring';
import { TestSmtpServer } from '../support/test-smtp';

// The app's own scheduled run sends the reminders: serve-app.mjs sets REMINDER_SWEEP_CRON to every
// minute (pg-boss's finest), so each wait below can last a minute or more.
test.setTimeout(240_000);
const SWEEP_WAIT = { timeout: 150_000, intervals: [2_000] };
const TWO_DAYS_AGO = () => new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
const PASSWORD = 'correct horse battery staple';

let smtp: TestSmtpServer;

test.beforeAll(async () => {
  smtp = await new TestSmtpServer().start();
});

test.afterAll(async () => {
  await smtp.stop();
});

/** A new interviewer of the demo organization, with an account: nobody else's mail reaches them. */
async function newInterviewer(baseURL: string, name: string): Promise<{ name: string; email: string }> {
  const email = uniqueEmail(name.split(' ')[0].toLowerCase());
  const admin = await GraphQLApi.create(baseURL);
  await admin.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  const { token } = await admin.addMember({ name, email, role: 'INTERVIEWER' });
  await admin.dispose();
  const invitee = await GraphQLApi.create(baseURL);
  await invitee.acceptInvitation(token, PASSWORD);
  await invitee.dispose();
  return { name, email };
}

/** The scorecard reminders `email` has received (it also gets its invitation and interview emails). */
const remindersTo = (email: string): ParsedMail[] =>
  smtp.to(email).filter((mail) => mail.headers.get('x-panelist-kind') === 'SCORECARD_REMINDER');

test('an overdue scorecard brings exactly one reminder, whose link leads to scoring it, and none after it is submitted', async ({
  browser,
  baseURL,
}) => {
  const interviewer = await newInterviewer(baseURL ?? '', 'Rory Reminded');
  const overdue = await scheduleSeedKitInterview(baseURL ?? '', { panelEmails: [interviewer.email], scheduledAt: TWO_DAYS_AGO() });

  // The scheduled run finds the scorecard outstanding a day after the interview and emails its interviewer.
  await expect.poll(() => remindersTo(interviewer.email).length, SWEEP_WAIT).toBe(1);
  const [reminder] = remindersTo(interviewer.email);
  expect(reminder.subject).toBe(`Reminder: your scorecard for ${overdue.candidateName} is waiting`);
  expect(reminder.text).toContain(`Hello ${interviewer.name},`);
  expect(reminder.text).toContain(DEMO_ORGANIZATION);
  const link = /http:\/\/\S+\/interviews\/[\w-]+/.exec(reminder.text ?? '')?.[0];
  expect(link).toBe(`${baseURL}/interviews/${overdue.interviewId}`);

  // The interviewer follows the link, signs in, lands on interview mode, scores and submits.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(link!);
  await new LoginPage(page).signIn(interviewer.email, PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/interviews/${overdue.interviewId}$`));
  const interview = new InterviewModePage(page);
  for (let number = 1; number <= overdue.questionCount; number++) {
    await interview.expectQuestion(number);
    await interview.ratingCard(number, 3).click();
    await expect(interview.ratingOf(number).getByRole('radio', { checked: true })).toHaveAccessibleName(/^3\b/);
    await interview.bar.getByRole('button', { name: /^(Next|Wrap-up)/ }).click();
  }
  await expect(page.getByRole('heading', { name: 'Wrap-up', level: 2 })).toBeVisible();
  await interview.recommendation.getByTestId('recommendation-YES').click();
  await interview.summary.fill('Solid throughout; sorry for the late scorecard.');
  await interview.submit.click();
  await expect(interview.locked).toBeVisible();
  await context.close();

  // A witness: another overdue scorecard, created only now, so its reminder proves a run after the
  // submission. That run (and every one before it) sent the first interviewer nothing more.
  const witness = await newInterviewer(baseURL ?? '', 'Wren Witness');
  await scheduleSeedKitInterview(baseURL ?? '', { panelEmails: [witness.email], scheduledAt: TWO_DAYS_AGO() });
  await expect.poll(() => remindersTo(witness.email).length, SWEEP_WAIT).toBe(1);
  expect(remindersTo(interviewer.email)).toHaveLength(1);
});
