import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  ChangePasswordDocument,
  EndOtherSessionsDocument,
  EndSessionDocument,
  MySessionsDocument,
  NotificationPreferencesDocument,
  SetNotificationPreferencesDocument,
} from '../../../generated/graphql';
import { AccountPage } from '../../../pages/account/AccountPage';
import { aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

function aSession(
  id: string,
  overrides: Partial<{ current: boolean; userAgent: string | null; singleSignOn: boolean; createdAt: string }> = {},
) {
  return {
    __typename: 'AccountSession' as const,
    id,
    createdAt: overrides.createdAt ?? '2026-12-01T09:00:00.000Z',
    expiresAt: '2026-12-01T21:00:00.000Z',
    userAgent: overrides.userAgent === undefined ? CHROME : overrides.userAgent,
    ipAddress: '203.0.113.7',
    current: overrides.current ?? false,
    singleSignOn: overrides.singleSignOn ?? false,
  };
}

const THIS_ONE = aSession('s-this', { current: true });
const PHONE = aSession('s-phone', { userAgent: FIREFOX, createdAt: '2026-12-02T09:00:00.000Z' });
const OLD = aSession('s-old', { userAgent: null, createdAt: '2026-11-30T09:00:00.000Z', singleSignOn: true });
const sessions = (list: unknown[]) => ({ request: { query: MySessionsDocument }, result: { data: { mySessions: list } } });

const preferences = (scorecardReminders: boolean, dailyDigest: boolean) => ({
  __typename: 'NotificationPreferences' as const,
  scorecardReminders,
  dailyDigest,
  emailEnabled: true,
});
const preferencesMock = {
  request: { query: NotificationPreferencesDocument },
  result: { data: { notificationPreferences: preferences(true, true) } },
};

function renderAccount(mocks: unknown[]) {
  return renderWithApp(<AccountPage />, {
    viewer: aViewer('RECRUITER', { email: 'sam@example.com' }),
    path: '/account',
    mocks: [preferencesMock, ...mocks] as never,
  });
}

describe('AccountPage: email settings', () => {
  it('turns scorecard reminders off and keeps the digest as it was', async () => {
    const save = {
      request: { query: SetNotificationPreferencesDocument, variables: { input: { scorecardReminders: false, dailyDigest: true } } },
      result: { data: { setNotificationPreferences: preferences(false, true) } },
    };
    renderAccount([sessions([THIS_ONE]), save]);
    const reminders = await screen.findByRole('checkbox', { name: 'Scorecard reminders' });
    expect(reminders).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Daily digest' })).toBeChecked();
    fireEvent.click(reminders);
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Scorecard reminders' })).not.toBeChecked());
    expect(screen.getByRole('checkbox', { name: 'Daily digest' })).toBeChecked();
  });
});

function fillPassword(current: string, next: string, confirm = next) {
  fireEvent.change(screen.getByLabelText('Current password'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('Confirm new password'), { target: { value: confirm } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('AccountPage', () => {
  it('lists sessions with this device first, in words a person reads', async () => {
    renderAccount([sessions([PHONE, OLD, THIS_ONE])]);

    const table = await screen.findByRole('table', { name: 'Devices signed in to your account' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Chrome 131 on LinuxThis device',
      'Firefox 133 on Windows',
      'Unknown deviceSingle sign-on',
    ]);
    expect(rows[0]).toHaveTextContent('203.0.113.7');
    expect(within(rows[0]).queryByRole('button')).not.toBeInTheDocument();
    expect(within(rows[1]).getByRole('button')).toHaveAccessibleName(/^Sign out Firefox 133 on Windows, signed in /);
  });

  it('signs out one other session, or all of them', async () => {
    const endOne = jest.fn(() => ({ data: { endSession: true } }));
    const endOthers = jest.fn(() => ({ data: { endOtherSessions: 1 } }));
    renderAccount([
      sessions([THIS_ONE, PHONE, OLD]),
      { request: { query: EndSessionDocument, variables: { sessionId: 's-phone' } }, result: endOne },
      sessions([THIS_ONE, OLD]),
      { request: { query: EndOtherSessionsDocument }, result: endOthers },
      sessions([THIS_ONE]),
    ]);
    const table = await screen.findByRole('table');

    fireEvent.click(within(table).getByRole('button', { name: /^Sign out Firefox/ }));
    expect(await screen.findByText('Signed out Firefox 133 on Windows.')).toBeInTheDocument();
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));

    fireEvent.click(screen.getByRole('button', { name: 'Sign out all other sessions' }));
    expect(await screen.findByText('Signed out 1 other session.')).toBeInTheDocument();
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('button', { name: 'Sign out all other sessions' })).toBeDisabled();
    expect(endOne).toHaveBeenCalledTimes(1);
    expect(endOthers).toHaveBeenCalledTimes(1);
  });

  it('checks the new password before asking the server', async () => {
    renderAccount([sessions([THIS_ONE])]);
    await screen.findByRole('table');

    fillPassword('', 'a long new password');
    expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription('Enter your current password.');
    fillPassword('the old one', 'short');
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription('Password must be at least 10 characters.');
    fillPassword('the old one', 'a long new password', 'a long new passw0rd');
    expect(screen.getByLabelText('Confirm new password')).toHaveAccessibleDescription('The two passwords do not match.');
    expect(screen.getByLabelText('Confirm new password')).toHaveFocus();
  });

  it('shows a wrong current password next to its field', async () => {
    const wrong = {
      request: { query: ChangePasswordDocument, variables: { input: { currentPassword: 'not it', newPassword: 'a long new password' } } },
      result: { errors: [apiError('BAD_USER_INPUT', 'Your current password is not correct.', 'currentPassword')] },
    };
    renderAccount([sessions([THIS_ONE]), wrong]);
    await screen.findByRole('table');

    fillPassword('not it', 'a long new password');

    await waitFor(() =>
      expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription('Your current password is not correct.'),
    );
    expect(screen.getByLabelText('Current password')).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the other sessions ended after a change, clears the form and reloads the list', async () => {
    const change = {
      request: {
        query: ChangePasswordDocument,
        variables: { input: { currentPassword: 'the old one', newPassword: 'a long new password' } },
      },
      result: { data: { changePassword: true } },
    };
    renderAccount([sessions([THIS_ONE, PHONE]), change, sessions([THIS_ONE])]);
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    fillPassword('the old one', 'a long new password');

    expect(
      await screen.findByText(/Your password was changed\. Every other device signed in to your account was signed out/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Current password')).toHaveValue('');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
  });

  it('lists the organizations and links to creating one', async () => {
    renderAccount([sessions([THIS_ONE])]);

    expect(screen.getByRole('heading', { name: 'Your organizations' })).toBeInTheDocument();
    expect(screen.getByText('Acme Robotics', { selector: '.member-name' }).closest('li')).toHaveTextContent('Recruiter');
    expect(screen.getByRole('link', { name: 'Create an organization' })).toHaveAttribute('href', '/organizations/new');
    await screen.findByRole('table');
  });
});
