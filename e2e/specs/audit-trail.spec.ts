import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/app-shell.page';
import { AuditPage } from '../pages/audit.page';
import { LoginPage } from '../pages/login.page';
import { expectAccessible } from '../support/accessibility';
import { DEMO_PASSWORD, DEMO_USERS, uniqueEmail } from '../support/demo';
import { GraphQLApi } from '../support/graphql-api';

test.setTimeout(90_000);

/** More role changes than one page of the trail holds (50), so the filtered trail has older pages. */
const ROLE_CHANGES = 56;

interface Member {
  id: string;
  version: number;
}

test('failed sign-ins and member changes reach the audit trail; the admin filters by action and person, pages older and exports CSV', async ({
  page,
  baseURL,
}) => {
  // A new colleague with an account of their own, set up through the API.
  const admin = await GraphQLApi.create(baseURL ?? '');
  await admin.signIn(DEMO_USERS.admin.email);
  const newcomer = {
    name: `Quinn Audited ${Date.now().toString(36).slice(-4)}`,
    email: uniqueEmail('quinn'),
    password: 'violet tapestry harbour 42',
  };
  const { memberId, token } = await admin.addMember({ name: newcomer.name, email: newcomer.email, role: 'INTERVIEWER' });
  const joining = await GraphQLApi.create(baseURL ?? '');
  await joining.acceptInvitation(token, newcomer.password);
  await joining.dispose();

  // Three failed sign-ins with their email in the browser.
  const login = new LoginPage(page);
  await login.goto();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await login.signIn(newcomer.email, `wrong password ${attempt}`);
    await expect(login.error).toHaveText('Email or password is incorrect.');
  }

  // The admin changes their role, back and forth.
  const { members } = await admin.call<{ members: Member[] }>(`query { members { id version } }`);
  let version = members.find((found) => found.id === memberId)?.version;
  if (version === undefined) throw new Error('The new member is not listed.');
  for (let change = 0; change < ROLE_CHANGES; change += 1) {
    const data: { changeMemberRole: Member } = await admin.call(
      `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id version } }`,
      { input: { memberId, version, role: change % 2 === 0 ? 'RECRUITER' : 'INTERVIEWER' } },
    );
    version = data.changeMemberRole.version;
  }
  await admin.dispose();

  // The admin opens the Audit page from the navigation: newest first.
  await login.signIn(DEMO_USERS.admin.email, DEMO_PASSWORD);
  const shell = new AppShell(page);
  await shell.nav.getByRole('link', { name: 'Audit', exact: true }).click();
  const audit = new AuditPage(page);
  await expect(audit.heading).toBeVisible();
  await expect(audit.rows.first()).toBeVisible();
  expect((await audit.actions())[0]).toBe('session.signed_in');
  const times = await audit.times();
  expect([...times].sort().reverse()).toEqual(times);
  await expectAccessible(page, 'the audit page');

  // Filter by action and person: exactly the three failed sign-ins, kept in the address.
  await audit.action.selectOption({ label: 'Sign-in failed' });
  await audit.person.selectOption({ label: newcomer.name });
  await audit.apply.click();
  await expect(page).toHaveURL(/action=session\.sign_in_failed/);
  await expect(audit.rows).toHaveCount(3);
  expect(new Set(await audit.actions())).toEqual(new Set(['session.sign_in_failed']));
  await expect(audit.rows.first()).toContainText(newcomer.name);
  await expect(audit.rows.first()).toContainText('wrong password');
  await expect(audit.loadOlder).toHaveCount(0);
  await page.reload();
  await expect(audit.action).toHaveValue('session.sign_in_failed');
  await expect(audit.rows).toHaveCount(3);

  // A date range that ends before today finds nothing; an inverted one is refused on its field.
  await audit.to.fill('2020-01-01');
  await audit.from.fill('2020-02-01');
  await audit.apply.click();
  await expect(audit.to).toHaveAttribute('aria-invalid', 'true');
  await expect(audit.filters).toContainText('The last day must be on or after the first day.');
  await audit.from.fill('2019-12-01');
  await audit.apply.click();
  await expect(page.getByRole('heading', { name: 'No events match these filters' })).toBeVisible();

  // The role changes of that member: one page, then the older ones.
  await audit.clear.click();
  await expect(page).toHaveURL(/\/audit$/);
  await audit.action.selectOption({ label: 'Role changed' });
  await audit.apply.click();
  await audit.rows.first().getByRole('link', { name: 'Only this member' }).click();
  await expect(audit.targetId).toHaveValue(memberId);
  await audit.action.selectOption({ label: 'Role changed' });
  await audit.apply.click();
  await expect(page).toHaveURL(new RegExp(`targetId=${memberId}`));
  await expect(audit.rows).toHaveCount(50);
  await expect(audit.rows.first()).toContainText(DEMO_USERS.admin.name);
  await expect(audit.loadOlder).toBeVisible();
  await audit.loadOlder.click();
  await expect(audit.rows).toHaveCount(ROLE_CHANGES);
  await expect(audit.loadOlder).toHaveCount(0);
  await expect(audit.oldestNote).toBeVisible();
  const allTimes = await audit.times();
  expect([...allTimes].sort().reverse()).toEqual(allTimes);
  await expectAccessible(page, 'the filtered audit page');

  // CSV of the filtered trail: every matching event, and nothing else.
  const downloading = page.waitForEvent('download');
  await audit.exportCsv.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toBe('When (UTC),Who,Actor id,Action,Target type,Target id,Details,Request id,Address');
  expect(lines).toHaveLength(ROLE_CHANGES + 1);
  expect(lines.slice(1).every((line) => line.includes(',member.role_changed,member,') && line.includes(memberId))).toBe(true);
  await expect(audit.csvStatus).toContainText(`Downloaded ${download.suggestedFilename()}`);

  // The retention period, under Settings: checked on its field, then saved and itself in the trail.
  await shell.settingsLink.click();
  const days = page.getByRole('spinbutton', { name: 'Keep audit events for (days)' });
  await days.fill('20');
  await page.getByRole('form', { name: 'Audit trail retention' }).getByRole('button', { name: 'Save retention' }).click();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(days).toBeFocused();
  await days.fill('400');
  await page.getByRole('form', { name: 'Audit trail retention' }).getByRole('button', { name: 'Save retention' }).click();
  await expect(page.getByText('Audit events are now kept for 400 days.')).toBeVisible();
  await expectAccessible(page, 'the settings page with data retention');
  await audit.goto();
  await expect(page.getByText(/Events are kept for 400 days/)).toBeVisible();
  expect((await audit.actions())[0]).toBe('organization.settings_changed');
  await expect(audit.rows.first()).toContainText('400');
});
