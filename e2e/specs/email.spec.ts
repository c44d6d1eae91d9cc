import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/home.page';
import { InvitePage } from '../pages/invite.page';
import { LoginPage } from '../pages/login.page';
import { MembersPage } from '../pages/members.page';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS, uniqueEmail } from '../support/demo';
import { TestSmtpServer } from '../support/test-smtp';

let smtp: TestSmtpServer;

test.beforeAll(async () => {
  smtp = await new TestSmtpServer().start();
});

test.afterAll(async () => {
  await smtp.stop();
});

test('an admin invites a person, who receives the email and joins from its link', async ({ page, browser, baseURL }) => {
  const newcomer = { name: 'Eli Emailed', email: uniqueEmail('eli'), roleLabel: 'Interviewer' };

  await page.goto('/members');
  await new LoginPage(page).signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  const members = new MembersPage(page);
  await members.addMember(newcomer);
  // The email goes through a retried job: the admin is told, and keeps the link in case it is slow.
  await expect(members.invitationPanel).toContainText(`An email with this link is on its way to ${newcomer.email}`);
  const shownLink = await members.invitationLink.inputValue();

  // The email arrives at the SMTP server this test runs.
  await expect.poll(() => smtp.to(newcomer.email).length, { timeout: 30_000 }).toBe(1);
  const [mail] = smtp.to(newcomer.email);
  expect(mail.subject).toBe(`You are invited to ${DEMO_ORGANIZATION} on Panelist`);
  expect(mail.text).toContain(`Hello ${newcomer.name},`);
  const link = /http:\/\/\S+\/invite\/[\w-]+/.exec(mail.text ?? '')?.[0];
  expect(link).toBe(shownLink);

  // The person opens the link from the email in a browser of their own and joins.
  const context = await browser.newContext({ baseURL });
  const newcomerPage = await context.newPage();
  const invite = new InvitePage(newcomerPage);
  await invite.open(link!);
  await invite.expectInvitationFor(newcomer.name, newcomer.roleLabel, DEMO_ORGANIZATION);
  await invite.acceptWithPassword(DEMO_ORGANIZATION, 'correct horse battery staple');
  const home = new HomePage(newcomerPage);
  await home.expectShown();
  await expect(home.signedInAs).toContainText(`${newcomer.roleLabel} at ${DEMO_ORGANIZATION}`);

  await page.reload();
  await expect(members.row(newcomer.name)).toContainText('Active');
  await context.close();
});
