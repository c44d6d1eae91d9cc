import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/app-shell.page';
import { HomePage } from '../pages/home.page';
import { InvitePage } from '../pages/invite.page';
import { LoginPage } from '../pages/login.page';
import { MembersPage } from '../pages/members.page';
import { NewOrganizationPage, SettingsPage } from '../pages/organization.page';
import { expectAccessible } from '../support/accessibility';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS } from '../support/demo';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Two browsers, two organizations and an accessibility check per new page, on a busy 2-CPU machine.
test.setTimeout(90_000);

const runSuffix = () => Date.now().toString(36).slice(-5);

test('an admin creates an organization and invites someone who has an account elsewhere; they join while signed in and switch between both', async ({
  page,
  browser,
  baseURL,
}) => {
  const organization = `Orbit Labs ${runSuffix()}`;
  const recruiter = DEMO_USERS.recruiter;
  // What the admin types: the list shows it until the invitation is accepted, never the account's own name.
  const typedName = 'Rui from Acme';

  // The demo admin creates a new organization from the header and lands in it as its admin.
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  const home = new HomePage(page);
  await home.expectShown();
  await page.getByRole('banner').getByRole('link', { name: 'New organization' }).click();
  const newOrganization = new NewOrganizationPage(page);
  await expect(page.getByRole('heading', { name: 'Create an organization', level: 1 })).toBeVisible();
  await expectAccessible(page, 'the new organization page');
  await newOrganization.create(organization);
  await home.expectShown();
  await expect(home.signedInAs).toContainText(`Admin at ${organization}`);
  const shell = new AppShell(page);
  await expect(shell.organizationSwitcher.locator('option:checked')).toHaveText(organization);
  await expect(shell.organizationSwitcher.locator('option')).toHaveText([DEMO_ORGANIZATION, organization]);

  // It starts with its creator alone; the admin invites the demo recruiter's email as hiring manager.
  const members = new MembersPage(page);
  await shell.membersLink.click();
  await expect(members.table).toHaveAccessibleName(`Members of ${organization}`);
  await expect(members.table.locator('tbody tr')).toHaveCount(1);
  await members.addMember({ name: typedName, email: recruiter.email, roleLabel: 'Hiring manager' });
  await expect(members.invitationPanel).toContainText(`${typedName} was added`);
  const inviteUrl = await members.copyInvitationLink();
  expect(inviteUrl).toMatch(/\/invite\/[\w-]{20,}$/);
  await expect(members.row(typedName)).toContainText('Invited');
  // Nothing tells the admin that this email already has an account elsewhere.
  await expect(members.table).not.toContainText(recruiter.name);

  // Opened by someone signed in with another account, the link says whom it is for and offers no join.
  await page.goto(inviteUrl);
  await expect(
    page.getByText(`This invitation is for ${recruiter.email}, but you are signed in as ${DEMO_USERS.admin.email}.`),
  ).toBeVisible();
  await expect(new InvitePage(page).joinButton(organization)).toHaveCount(0);
  await expectAccessible(page, 'the invitation page, signed in as someone else');

  // The recruiter works in the demo organization in a browser of their own, and opens the link there.
  const recruiterContext = await browser.newContext({ baseURL });
  const recruiterPage = await recruiterContext.newPage();
  const recruiterLogin = new LoginPage(recruiterPage);
  await recruiterLogin.goto();
  await recruiterLogin.signIn(recruiter.email, DEMO_PASSWORD);
  const recruiterHome = new HomePage(recruiterPage);
  await recruiterHome.expectShown();
  await expect(recruiterHome.signedInAs).toContainText(`Recruiter at ${DEMO_ORGANIZATION}`);

  const invite = new InvitePage(recruiterPage);
  await invite.open(inviteUrl);
  await invite.expectInvitationFor(typedName, 'Hiring manager', organization);
  await expect(invite.details).toContainText(recruiter.email);
  await expect(invite.details).toContainText(/in 7 days|in 6 days/);
  await expectAccessible(recruiterPage, 'the invitation page, signed in as the invited account');
  await invite.joinSignedIn(organization);

  // They land in the new organization with the invited role, and keep the demo one.
  await recruiterHome.expectShown();
  await expect(recruiterHome.signedInAs).toContainText(`Signed in as ${recruiter.name} — Hiring manager at ${organization}`);
  const recruiterShell = new AppShell(recruiterPage);
  await expect(recruiterShell.organizationSwitcher.locator('option')).toHaveText([DEMO_ORGANIZATION, organization]);

  // Each organization shows its own people and the role held there.
  const recruiterMembers = new MembersPage(recruiterPage);
  await recruiterShell.membersLink.click();
  await expect(recruiterMembers.table).toHaveAccessibleName(`Members of ${organization}`);
  await expect(recruiterMembers.row(DEMO_USERS.admin.name)).toContainText('Admin');
  await expect(recruiterMembers.row(recruiter.name)).toContainText('Active');
  await expect(recruiterMembers.table).not.toContainText(DEMO_USERS.interviewer.name);

  await recruiterShell.switchTo(DEMO_ORGANIZATION);
  await expect(recruiterMembers.table).toHaveAccessibleName(`Members of ${DEMO_ORGANIZATION}`);
  await expect(recruiterMembers.row(DEMO_USERS.interviewer.name)).toBeVisible();
  await recruiterShell.expectSignedInAs(recruiter.name, 'Recruiter');
  await recruiterShell.homeLink.click();
  await expect(recruiterHome.signedInAs).toContainText(`Recruiter at ${DEMO_ORGANIZATION}`);

  await recruiterShell.switchTo(organization);
  await expect(recruiterHome.signedInAs).toContainText(`Hiring manager at ${organization}`);
  await recruiterShell.membersLink.click();
  await expect(recruiterMembers.table).toHaveAccessibleName(`Members of ${organization}`);
  await expect(recruiterMembers.table).not.toContainText(DEMO_USERS.interviewer.name);

  // The link worked once.
  await recruiterPage.goto(inviteUrl);
  await expect(recruiterPage.getByRole('heading', { name: 'This invitation cannot be used' })).toBeVisible();

  // The admin now sees the recruiter as an active member under their own name.
  await members.goto();
  await expect(members.row(recruiter.name)).toContainText('Active');
  await expect(members.table).not.toContainText(typedName);

  await recruiterContext.close();
});

test('an admin renames the organization; a rename based on an old version is refused and shows the current name', async ({
  page,
  context,
}) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  await new HomePage(page).expectShown();
  const organization = `Rename Test ${runSuffix()}`;
  const newOrganization = new NewOrganizationPage(page);
  await newOrganization.goto();
  await newOrganization.create(organization);
  await new HomePage(page).expectShown();

  // The same admin has the settings open in two tabs.
  const shell = new AppShell(page);
  await shell.settingsLink.click();
  const settings = new SettingsPage(page);
  await expect(page.getByRole('heading', { name: 'Organization settings', level: 1 })).toBeVisible();
  await expectAccessible(page, 'the organization settings page');
  const otherTab = await context.newPage();
  const otherSettings = new SettingsPage(otherTab);
  await otherSettings.goto();

  await settings.nameForm.getByLabel('Organization name').fill(`${organization} Ltd`);
  await settings.nameForm.getByRole('button', { name: 'Save name' }).click();
  await expect(settings.nameForm).toContainText(`Renamed to ${organization} Ltd.`);
  await expect(shell.header).toContainText(`${organization} Ltd`);

  await otherSettings.nameForm.getByLabel('Organization name').fill(`${organization} GmbH`);
  await otherSettings.nameForm.getByRole('button', { name: 'Save name' }).click();
  await expect(otherSettings.nameForm.getByRole('alert')).toContainText('changed by someone else meanwhile');
  await expect(otherSettings.nameForm.getByRole('alert')).toContainText(`The name is now “${organization} Ltd”.`);

  // Password sign-in cannot be switched off before single sign-on is set up.
  await expect(page.getByRole('button', { name: 'Turn off password sign-in' })).toBeDisabled();
  await otherTab.close();
});
