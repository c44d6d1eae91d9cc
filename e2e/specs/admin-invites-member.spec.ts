import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/app-shell.page';
import { HomePage } from '../pages/home.page';
import { InvitePage } from '../pages/invite.page';
import { LoginPage } from '../pages/login.page';
import { MembersPage } from '../pages/members.page';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS, uniqueEmail } from '../support/demo';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('an admin adds a member, who accepts the invitation, sees their role and signs in again', async ({ page, browser, baseURL }) => {
  const newcomer = { name: 'Mia Newcomer', email: uniqueEmail('mia'), roleLabel: 'Recruiter' };
  const password = 'correct horse battery staple';

  // The admin signs in on the members page they were heading to.
  await page.goto('/members');
  const login = new LoginPage(page);
  await login.expectShown();
  await login.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  const members = new MembersPage(page);
  await expect(page).toHaveURL(/\/members$/);
  await expect(members.row(DEMO_USERS.recruiter.name)).toBeVisible();

  // Adds the newcomer and copies the invitation link.
  await members.addMember(newcomer);
  await expect(members.invitationPanel).toContainText(`${newcomer.name} was added`);
  const inviteUrl = await members.copyInvitationLink();
  expect(inviteUrl).toMatch(/\/invite\/[\w-]{20,}$/);
  await expect(members.invitationLink).toHaveValue(inviteUrl);
  await expect(members.row(newcomer.name)).toContainText('Invited');

  // The newcomer opens the link in a browser of their own.
  const newcomerContext = await browser.newContext({ baseURL });
  const newcomerPage = await newcomerContext.newPage();
  const invite = new InvitePage(newcomerPage);
  await invite.open(inviteUrl);
  await invite.expectInvitationFor(newcomer.name, newcomer.roleLabel, DEMO_ORGANIZATION);
  await expect(invite.details).toContainText(newcomer.email);
  await invite.acceptWithPassword(DEMO_ORGANIZATION, password);

  const home = new HomePage(newcomerPage);
  await home.expectShown();
  await expect(home.signedInAs).toContainText(`${newcomer.roleLabel} at ${DEMO_ORGANIZATION}`);
  const shell = new AppShell(newcomerPage);
  await shell.expectSignedInAs(newcomer.name, newcomer.roleLabel);

  // Signs out, then signs in again with the password they chose.
  await shell.signOut();
  await expect(newcomerPage.getByText('You have signed out.')).toBeVisible();
  const newcomerLogin = new LoginPage(newcomerPage);
  await newcomerLogin.signIn(newcomer.email, password);
  await home.expectShown();
  await expect(home.signedInAs).toContainText(`Signed in as ${newcomer.name} — ${newcomer.roleLabel} at ${DEMO_ORGANIZATION}`);

  // The admin's list now shows the newcomer as active.
  await page.reload();
  await expect(members.row(newcomer.name)).toContainText('Active');

  // The link was single-use.
  await newcomerPage.goto(inviteUrl);
  await expect(newcomerPage.getByRole('heading', { name: 'This invitation cannot be used' })).toBeVisible();

  await newcomerContext.close();
});
