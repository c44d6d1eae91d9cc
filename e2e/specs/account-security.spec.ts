import { expect, test, type Browser, type Page } from '@playwright/test';
import { AccountPage } from '../pages/account.page';
import { AppShell } from '../pages/app-shell.page';
import { HomePage } from '../pages/home.page';
import { LoginPage } from '../pages/login.page';
import { MembersPage } from '../pages/members.page';
import { expectAccessible } from '../support/accessibility';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS, uniqueEmail } from '../support/demo';
import { GraphQLApi } from '../support/graphql-api';

// Several browsers per journey on a busy 2-CPU machine.
test.setTimeout(90_000);

interface Person {
  name: string;
  email: string;
  password: string;
}

/** Set up through the API: a recruiter of the demo organization who has accepted their invitation. */
async function aMember(baseURL: string, name: string): Promise<Person> {
  const person = { name, email: uniqueEmail(name.split(' ')[0].toLowerCase()), password: 'first chosen password' };
  const admin = await GraphQLApi.create(baseURL);
  await admin.signIn(DEMO_USERS.admin.email);
  const { token } = await admin.addMember({ name: person.name, email: person.email, role: 'RECRUITER' });
  const invitee = await GraphQLApi.create(baseURL);
  await invitee.acceptInvitation(token, person.password);
  // Signs that setup session out again, so the journeys count only the browsers below.
  await invitee.call('mutation { logout }');
  await Promise.all([admin.dispose(), invitee.dispose()]);
  return person;
}

async function signedInPage(browser: Browser, baseURL: string, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, password);
  await new HomePage(page).expectShown();
  return page;
}

/** The next request of a page whose session has ended (opening another page) lands on the login page with a notice. */
async function expectSentToLogin(page: Page): Promise<void> {
  const shell = new AppShell(page);
  await (page.url().endsWith('/members') ? shell.accountLink : shell.membersLink).click();
  await new LoginPage(page).expectShown();
  await expect(page.getByText(/session has ended|access was removed|sign in again/i)).toBeVisible();
}

test('someone sees their sessions, signs out another device, and changing the password signs out the others', async ({
  page,
  browser,
  baseURL,
}) => {
  const person = await aMember(baseURL ?? '', 'Sasha Sessions');

  // Signed in on a laptop (this page) and on another device.
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(person.email, person.password);
  await new HomePage(page).expectShown();
  const otherDevice = await signedInPage(browser, baseURL ?? '', person.email, person.password);

  // The account page lists both; this one is marked.
  await new AppShell(page).accountLink.click();
  const account = new AccountPage(page);
  await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
  await expect(account.sessionRows()).toHaveCount(2);
  await expect(account.currentSession()).toHaveCount(1);
  await expect(account.currentSession()).toContainText(/Chrome \d+ on \w+/);
  await expect(account.currentSession()).toContainText('127.0.0.1');
  await expectAccessible(page, 'the account page');

  // Signing out the other device from here ends its session.
  const other = account.sessionRows().filter({ hasNotText: 'This device' });
  await other.getByRole('button', { name: /^Sign out/ }).click();
  await expect(page.getByText(/^Signed out Chrome \d+/)).toBeVisible();
  await expect(account.sessionRows()).toHaveCount(1);
  await expectSentToLogin(otherDevice);

  // Signed in there again, then the password changes here: the other device is signed out, this one stays.
  await new LoginPage(otherDevice).signIn(person.email, person.password);
  await expect(new AppShell(otherDevice).nav).toBeVisible();
  await page.reload();
  await expect(account.sessionRows()).toHaveCount(2);

  // A wrong current password is refused next to its field.
  await account.changePassword('not the current one', 'a brand new passphrase');
  await expect(account.passwordForm.getByLabel('Current password')).toHaveAccessibleDescription('Your current password is not correct.');
  // A common password is refused next to the new password.
  await account.changePassword(person.password, 'password123');
  await expect(account.passwordForm.getByLabel('New password', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  const newPassword = 'a brand new passphrase';
  await account.changePassword(person.password, newPassword);
  await expect(account.passwordForm).toContainText(
    'Your password was changed. Every other device signed in to your account was signed out',
  );
  await expect(account.sessionRows()).toHaveCount(1);
  await expect(account.currentSession()).toHaveCount(1);
  await expectSentToLogin(otherDevice);

  // The old password no longer works; the new one does. This page is still signed in.
  const otherLogin = new LoginPage(otherDevice);
  await otherLogin.signIn(person.email, person.password);
  await expect(otherLogin.error).toHaveText('Email or password is incorrect.');
  await otherLogin.signIn(person.email, newPassword);
  await expect(new AppShell(otherDevice).nav).toBeVisible();
  await new AppShell(page).homeLink.click();
  await new HomePage(page).expectShown();

  await otherDevice.context().close();
});

test('an admin’s reset link signs the member out everywhere and lets them choose a new password', async ({ page, browser, baseURL }) => {
  const person = await aMember(baseURL ?? '', 'Remy Reset');
  const memberPage = await signedInPage(browser, baseURL ?? '', person.email, person.password);

  // The admin asks for a reset link on the members page.
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  await new HomePage(page).expectShown();
  const members = new MembersPage(page);
  await members.goto();
  const resetUrl = await members.issuePasswordReset(person.name);
  expect(resetUrl).toMatch(/\/reset\/[\w-]{20,}$/);
  await expect(members.resetPanel).toContainText(/expires .+\(in \d+ hours?\)/);
  await expect(members.notice).toContainText(`A password reset link for ${person.name} is ready`);

  // The member's session ended with it.
  await expectSentToLogin(memberPage);

  // They open the link, choose a new password and are signed in.
  await memberPage.goto(resetUrl);
  await expect(memberPage.getByRole('heading', { name: 'Choose a new password', level: 1 })).toBeVisible();
  await expect(memberPage.getByRole('main').locator('dl')).toContainText(person.email);
  await expectAccessible(memberPage, 'the password reset page');
  const newPassword = 'reset to something new';
  await memberPage.getByLabel('New password', { exact: true }).fill(newPassword);
  await memberPage.getByLabel('Confirm new password').fill(newPassword);
  await memberPage.getByRole('button', { name: 'Set new password and sign in' }).click();
  const home = new HomePage(memberPage);
  await home.expectShown();
  await expect(home.signedInAs).toContainText(`Signed in as ${person.name} — Recruiter at ${DEMO_ORGANIZATION}`);

  // The link worked once; the old password is gone, the new one works.
  await memberPage.goto(resetUrl);
  await expect(memberPage.getByRole('heading', { name: 'This reset link cannot be used' })).toBeVisible();
  await memberPage.goto('/');
  await new AppShell(memberPage).signOut();
  const memberLogin = new LoginPage(memberPage);
  await memberLogin.signIn(person.email, person.password);
  await expect(memberLogin.error).toHaveText('Email or password is incorrect.');
  await memberLogin.signIn(person.email, newPassword);
  await home.expectShown();

  await memberPage.context().close();
});

test('no reset link for a member whose account is also used in another organization', async ({ page, baseURL }) => {
  const person = await aMember(baseURL ?? '', 'Olga Other');
  // They start an organization of their own.
  const own = await GraphQLApi.create(baseURL ?? '');
  await own.signIn(person.email, person.password);
  await own.call(`mutation { createOrganization(input: { name: "Olga's own ${Date.now().toString(36)}" }) { role } }`);
  await own.dispose();

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  await new HomePage(page).expectShown();
  const members = new MembersPage(page);
  await members.goto();
  const row = members.row(person.name);
  await row.getByRole('button', { name: 'Reset password link' }).click();
  await row.getByRole('button', { name: 'Yes, create link' }).click();

  await expect(members.notice.locator('.alert--error')).toBeVisible();
  await expect(members.resetPanel).toHaveCount(0);
  await expect(row.getByRole('button', { name: 'Reset password link' })).toBeFocused();
});

test('the sign-in page explains a refused single sign-on and offers it again, accessibly', async ({ page }) => {
  await page.goto('/login?error=sso_email_unverified');

  await expect(page.getByRole('alert')).toContainText('has not confirmed your email address');
  await expect(page.getByRole('button', { name: 'Sign in with single sign-on' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Organization short name')).toBeVisible();
  await expectAccessible(page, 'the sign-in page with single sign-on open');
});
