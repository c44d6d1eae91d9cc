import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login.page';
import { expectAccessible } from '../support/accessibility';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/demo';
import { scheduleSeedKitInterview } from '../support/hiring';

test.setTimeout(150_000);

test('the question bank and the kit builder have no serious accessibility findings, "No rubric" labels included', async ({
  page,
  baseURL,
}) => {
  // A job on the seed kit, so there is a kit to open (its questions have no Look-for points: "No rubric").
  await scheduleSeedKitInterview(baseURL ?? '');
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.manager.email, DEMO_PASSWORD);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await page.goto('/bank');
  await expect(page.getByText('No rubric').first()).toBeVisible();
  await expectAccessible(page, 'the question bank');

  await page.goto('/kits');
  await page
    .getByRole('link', { name: /Seed kit/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sections' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sections' }).getByText('No rubric').first()).toBeVisible();
  await expectAccessible(page, 'the kit builder');
});
