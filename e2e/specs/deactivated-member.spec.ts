import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/home.page';
import { LoginPage } from '../pages/login.page';
import { MembersPage } from '../pages/members.page';
import { DEMO_PASSWORD, DEMO_USERS, uniqueEmail } from '../support/demo';
import { GraphQLApi } from '../support/graphql-api';

test('a member deactivated by an admin is sent to the login page on their next request', async ({ page, browser, baseURL }) => {
  // Set up through the API: a hiring manager who has accepted their invitation.
  const person = { name: 'Dana Departing', email: uniqueEmail('dana'), role: 'HIRING_MANAGER' };
  const password = 'a perfectly fine password';
  const admin = await GraphQLApi.create(baseURL ?? '');
  await admin.signIn(DEMO_USERS.admin.email);
  const { token } = await admin.addMember(person);
  const invitee = await GraphQLApi.create(baseURL ?? '');
  await invitee.acceptInvitation(token, password);
  await Promise.all([admin.dispose(), invitee.dispose()]);

  // The person works in their own browser.
  const personContext = await browser.newContext({ baseURL });
  const personPage = await personContext.newPage();
  const personLogin = new LoginPage(personPage);
  await personLogin.goto();
  await personLogin.signIn(person.email, password);
  await new HomePage(personPage).expectShown();

  // An admin deactivates them in the UI.
  await page.goto('/login');
  await new LoginPage(page).signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  await new HomePage(page).expectShown();
  const members = new MembersPage(page);
  await members.goto();
  await members.deactivate(person.name);
  await expect(members.notice).toContainText(`${person.name} was deactivated`);

  // Their next request fails as UNAUTHENTICATED and the app takes them to the login page.
  await personPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  await personLogin.expectShown();
  await expect(personPage.getByText(/session has ended|access was removed/)).toBeVisible();

  // And they cannot sign back in.
  await personLogin.signIn(person.email, password);
  await expect(personLogin.error).toBeVisible();
  await personLogin.expectShown();

  await personContext.close();
});
