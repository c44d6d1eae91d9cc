import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/app-shell.page';
import { HomePage } from '../pages/home.page';
import { LoginPage } from '../pages/login.page';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS } from '../support/demo';

test('an interviewer has no Members link, and /members explains why', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.interviewer.email, DEMO_PASSWORD);

  const home = new HomePage(page);
  await home.expectShown();
  await expect(home.signedInAs).toContainText(`Interviewer at ${DEMO_ORGANIZATION}`);
  await expect(home.capabilities.getByRole('row', { name: /Members of the organization/ })).toContainText('None');

  const shell = new AppShell(page);
  await expect(shell.homeLink).toBeVisible();
  await expect(shell.membersLink).toHaveCount(0);

  await page.goto('/members');
  await expect(page.getByText(/Your role \(Interviewer\) cannot see the members/)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('a wrong password keeps the person on the login page with an error', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.admin.email, 'not-the-password');

  await expect(login.error).toHaveText('Email or password is incorrect.');
  await login.expectShown();
  await expect(login.password).toHaveValue('');

  // The right password then works.
  await login.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  await new HomePage(page).expectShown();
});
