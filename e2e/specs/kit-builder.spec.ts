import { expect, test } from '@playwright/test';
import { KitBuilderPage, KitPreviewPage } from '../pages/kit-builder.page';
import { LoginPage } from '../pages/login.page';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/demo';
import { GraphQLApi } from '../support/graphql-api';

/** A word no other question has, so the bank search finds exactly this run's questions. */
const RUN = `kb${Date.now()
  .toString(36)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
const LIMITER = `Design a rate limiter for a public API (${RUN} limiter).`;
const VERSIONING = `How would you version a public REST API without breaking clients (${RUN} versioning)?`;
const INCIDENT = `Walk me through an incident you led from page to postmortem (${RUN} incident).`;
// Keyboard-only through the whole builder: on a busy machine (up to 7 sessions on 2 CPUs) it passes 90 s.
test.setTimeout(180_000);

test('a hiring manager builds a 45-minute kit with the keyboard only, reorders, clones, previews and deletes the unused copy', async ({
  page,
  baseURL,
}) => {
  const api = await GraphQLApi.create(baseURL ?? '');
  await api.signIn(DEMO_USERS.manager.email);
  await api.createQuestion({
    prompt: LIMITER,
    lookFor: ['Picks token or leaky bucket and says why'],
    redFlags: ['Keeps counters only in process memory'],
  });
  await api.createQuestion({ prompt: VERSIONING, lookFor: ['Additive changes first, versions only for breaking ones'] });
  await api.createQuestion({ prompt: INCIDENT });
  await api.dispose();

  const login = new LoginPage(page);
  await login.goto();
  await login.email.fill(DEMO_USERS.manager.email);
  await login.password.fill(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kits' })).toBeVisible();

  // Kits in the navigation, then New kit, with Enter.
  const kitsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kits' });
  await kitsLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Interview kits', level: 1 })).toBeVisible();
  const newKit = page.getByRole('link', { name: 'New kit' }).first();
  await newKit.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kits\/new$/);

  const builder = new KitBuilderPage(page);
  await builder.typeInto(builder.role, 'Senior Backend Engineer');
  await builder.typeInto(builder.title, `System design round ${RUN}`);
  await builder.typeInto(builder.interviewLength, '45');

  // Two sections; each new section becomes the one questions are added to.
  await builder.addSection('api-design', 'API design');
  await builder.addFromBank(`${RUN} limiter`, LIMITER, 'API design');
  await builder.addFromBank(`${RUN} versioning`, VERSIONING, 'API design');
  await builder.addSection('incident-response');
  await builder.addFromBank(`${RUN} incident`, INCIDENT, 'Incident response');
  await expect(builder.questions(1)).toHaveText([LIMITER, VERSIONING]);
  await expect(builder.questions(2)).toHaveText([INCIDENT]);

  // Minutes: 25 + 15 + 15 = 55 of 45 → the summary warns.
  await builder.typeInto(builder.minutes(LIMITER), '25');
  await builder.typeInto(builder.minutes(VERSIONING), '15');
  await builder.typeInto(builder.minutes(INCIDENT), '15');
  await expect(builder.summary).toContainText('55 min planned of 45 min');
  await expect(builder.warnings).toContainText('The questions plan 55 minutes for a 45-minute interview (10 over).');
  await expect(builder.warnings).toContainText('no Look-for or Red-flag points');

  // Reorder with the keyboard: Alt+↑ on the versioning question moves it above the rate limiter.
  await builder.press(builder.handle(VERSIONING), 'Alt+ArrowUp');
  await expect(builder.questions(1)).toHaveText([VERSIONING, LIMITER]);
  await expect(builder.handle(VERSIONING)).toBeFocused();

  await builder.expectSaved();
  await expect(page).toHaveURL(/\/kits\/[0-9a-f-]{36}$/);
  const originalUrl = page.url();

  // Clone: the copy opens in the builder with the same questions in the same order.
  await builder.press(builder.cloneButton, 'Enter');
  await expect(page).not.toHaveURL(originalUrl);
  await expect(page).toHaveURL(/\/kits\/[0-9a-f-]{36}$/);
  await expect(builder.questions(1)).toHaveText([VERSIONING, LIMITER]);
  await expect(builder.role).toHaveValue('Senior Backend Engineer');
  // Competencies typed as keys read as names once saved, as everywhere else.
  await expect(builder.section(1).getByLabel('Competency', { exact: true })).toHaveValue('API design');
  await expect(builder.section(2).getByLabel('Competency', { exact: true })).toHaveValue('Incident response');

  // Preview: what the interviewer sees, in order, with the rubric.
  await builder.press(builder.previewLink, 'Enter');
  await expect(page).toHaveURL(/\/preview$/);
  const preview = new KitPreviewPage(page);
  await expect(preview.questionPrompts).toHaveText([VERSIONING, LIMITER, INCIDENT]);
  await expect(page.getByRole('region', { name: 'Look for' }).first()).toContainText(
    'Additive changes first, versions only for breaking ones',
  );
  await expect(page.getByRole('table')).toContainText('Covers every Look-for point and goes beyond');
  await expect(preview.printButton).toBeVisible();

  // Delete: nothing uses the copy yet, so it can go; the dialog asks first, with Cancel focused.
  await page.goBack();
  await page.getByRole('button', { name: 'Delete', exact: true }).press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Delete “.+ \(copy\)”\?$/ });
  await expect(dialog).toContainText('cannot be undone');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('delete-kit-dialog.png') });
  await dialog.getByRole('button', { name: 'Delete kit' }).press('Enter');
  await expect(page).toHaveURL(/\/kits$/);
  await expect(page.getByText(/^Deleted “.+ \(copy\)”\.$/)).toBeVisible();
});

test('leaving the builder with a kit that cannot be saved asks first; Cancel keeps the edits', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(DEMO_USERS.manager.email, DEMO_PASSWORD);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.goto('/kits/new');
  const builder = new KitBuilderPage(page);
  // A role but no title: the new kit cannot be saved yet.
  await builder.typeInto(builder.role, `Leaving ${RUN}`);
  const kitsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kits' });

  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await kitsLink.click();
  await expect.poll(() => asked).toHaveLength(1);
  expect(asked[0]).toMatch(/not saved.*Leave and lose/);
  await expect(page).toHaveURL(/\/kits\/new$/);
  await expect(builder.role).toHaveValue(`Leaving ${RUN}`);

  page.once('dialog', (dialog) => void dialog.accept());
  await kitsLink.click();
  await expect(page).toHaveURL(/\/kits$/);
});
