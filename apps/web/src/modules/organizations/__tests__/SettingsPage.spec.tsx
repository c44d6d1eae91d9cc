import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  ConfigureSsoDocument,
  OrganizationSettingsDocument,
  RemoveSsoDocument,
  SetPasswordSignInDocument,
  UpdateOrganizationDocument,
} from '../../../generated/graphql';
import { SettingsPage } from '../../../pages/organizations/SettingsPage';
import { aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';

const SSO = {
  __typename: 'SsoConnection' as const,
  issuer: 'https://login.acme.test',
  clientId: 'panelist',
  hasClientSecret: true,
  allowedDomains: ['acme.test'],
  defaultRole: 'INTERVIEWER' as 'INTERVIEWER' | 'RECRUITER' | 'HIRING_MANAGER',
  enabled: true,
  redirectUri: 'https://panelist.acme.test/auth/oidc/callback',
  version: 3,
};

function aSettings(overrides: Partial<{ name: string; version: number; passwordSignIn: boolean; sso: typeof SSO | null }> = {}) {
  return {
    __typename: 'OrganizationSettings' as const,
    id: 'org-acme',
    name: 'Acme Robotics',
    slug: 'acme',
    version: 1,
    passwordSignIn: true,
    sso: null,
    ...overrides,
  };
}

const settingsMock = (settings: ReturnType<typeof aSettings>) => ({
  request: { query: OrganizationSettingsDocument },
  result: { data: { organizationSettings: settings } },
});

function renderSettings(mocks: unknown[], role: 'ADMIN' | 'RECRUITER' = 'ADMIN') {
  return renderWithApp(<SettingsPage />, { viewer: aViewer(role), path: '/settings', mocks: mocks as never });
}

describe('SettingsPage', () => {
  it('tells people who are not admins that the settings are not theirs, without asking the server', () => {
    renderSettings([], 'RECRUITER');

    expect(screen.getByText(/Your role \(Recruiter\) cannot change the settings of Acme Robotics/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Organization name')).not.toBeInTheDocument();
  });

  it('renames the organization with the version it was loaded at', async () => {
    const rename = {
      request: { query: UpdateOrganizationDocument, variables: { input: { name: 'Acme Robotics GmbH', version: 1 } } },
      result: { data: { updateOrganization: aSettings({ name: 'Acme Robotics GmbH', version: 2 }) } },
    };
    renderSettings([settingsMock(aSettings()), rename]);
    const name = await screen.findByLabelText('Organization name');
    expect(screen.getByRole('button', { name: 'Save name' })).toBeDisabled();

    fireEvent.change(name, { target: { value: '  Acme Robotics GmbH ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));

    expect(await screen.findByText('Renamed to Acme Robotics GmbH.')).toBeInTheDocument();
  });

  it('on CONFLICT says so, reloads and names the current name', async () => {
    const stale = {
      request: { query: UpdateOrganizationDocument, variables: { input: { name: 'Acme One', version: 1 } } },
      result: {
        errors: [apiError('CONFLICT', 'The organization was changed by someone else meanwhile. Reload and try again.', 'version')],
      },
    };
    renderSettings([settingsMock(aSettings()), stale, settingsMock(aSettings({ name: 'Acme Two', version: 2 }))]);
    fireEvent.change(await screen.findByLabelText('Organization name'), { target: { value: 'Acme One' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));

    const alert = await within(screen.getByRole('form', { name: 'Name' })).findByRole('alert');
    expect(alert).toHaveTextContent('changed by someone else meanwhile');
    await waitFor(() => expect(alert).toHaveTextContent('The name is now “Acme Two”.'));
    expect(screen.getByLabelText('Organization name')).toHaveValue('Acme One');
  });

  it('keeps password sign-in on until single sign-on is set up and enabled', async () => {
    renderSettings([settingsMock(aSettings())]);

    const turnOff = await screen.findByRole('button', { name: 'Turn off password sign-in' });
    expect(turnOff).toBeDisabled();
    expect(turnOff).toHaveAccessibleDescription(/Single sign-on must be set up and enabled first/);
  });

  it('asks before turning password sign-in off, warning that password sessions end', async () => {
    const off = {
      request: { query: SetPasswordSignInDocument, variables: { enabled: false } },
      result: { data: { setPasswordSignIn: aSettings({ passwordSignIn: false, sso: SSO }) } },
    };
    renderSettings([settingsMock(aSettings({ sso: SSO })), off]);

    fireEvent.click(await screen.findByRole('button', { name: 'Turn off password sign-in' }));
    const confirm = screen.getByRole('group', { name: 'Confirm turning off password sign-in' });
    expect(confirm).toHaveTextContent('you too: you signed in with a password');
    expect(within(confirm).getByRole('button', { name: 'Yes, turn off password sign-in' })).toHaveFocus();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, turn off password sign-in' }));

    expect(await screen.findByText('Password sign-in is off: members sign in with single sign-on.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn on password sign-in' })).toBeInTheDocument();
  });

  it('shows the redirect URI to register before anything is set up, and requires a client secret then', async () => {
    renderSettings([settingsMock(aSettings())]);

    expect(await screen.findByLabelText('Redirect URI')).toHaveValue('http://localhost/auth/oidc/callback');
    fireEvent.change(screen.getByLabelText('Issuer'), { target: { value: 'https://login.acme.test' } });
    fireEvent.change(screen.getByLabelText('Client ID'), { target: { value: 'panelist' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set up single sign-on' }));

    expect(screen.getByLabelText('Client secret')).toHaveAccessibleDescription(
      'Enter the client secret your identity provider gave Panelist.',
    );
    expect(screen.getByLabelText('Client secret')).toHaveFocus();
  });

  it('keeps the stored secret when left blank, sends the domains as a list with the version', async () => {
    const save = jest.fn(() => ({
      data: {
        configureSso: aSettings({ sso: { ...SSO, allowedDomains: ['acme.test', 'acme.example'], defaultRole: 'RECRUITER', version: 4 } }),
      },
    }));
    renderSettings([
      settingsMock(aSettings({ sso: SSO })),
      {
        request: {
          query: ConfigureSsoDocument,
          variables: {
            input: {
              issuer: 'https://login.acme.test',
              clientId: 'panelist',
              allowedDomains: ['acme.test', 'acme.example'],
              defaultRole: 'RECRUITER',
              enabled: true,
              version: 3,
            },
          },
        },
        result: save,
      },
    ]);

    expect(await screen.findByLabelText('Redirect URI')).toHaveValue(SSO.redirectUri);
    expect(screen.getByLabelText('Client secret')).toHaveValue('');
    expect(screen.getByLabelText('Client secret')).toHaveAccessibleDescription(/Stored, and never shown again\. Leave blank to keep it/);
    expect(screen.getByRole('combobox', { name: 'Role of people who join this way' }).querySelectorAll('option')).toHaveLength(3);
    fireEvent.change(screen.getByLabelText('Allowed email domains'), { target: { value: 'acme.test,\n@ACME.example acme.test' } });
    fireEvent.change(screen.getByLabelText('Role of people who join this way'), { target: { value: 'RECRUITER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save single sign-on' }));

    expect(await screen.findByText('Single sign-on is saved and enabled.')).toBeInTheDocument();
    expect(save).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Allowed email domains')).toHaveValue('acme.test, acme.example');
  });

  it('shows an invalid domain next to the domains field', async () => {
    renderSettings([
      settingsMock(aSettings({ sso: SSO })),
      {
        request: {
          query: ConfigureSsoDocument,
          variables: {
            input: {
              issuer: SSO.issuer,
              clientId: 'panelist',
              allowedDomains: ['acme.test', 'not_a_domain'],
              defaultRole: 'INTERVIEWER',
              enabled: true,
              version: 3,
            },
          },
        },
        result: {
          errors: [apiError('BAD_USER_INPUT', 'Allowed domains must be host names such as example.com.', 'input.allowedDomains.1')],
        },
      },
    ]);
    fireEvent.change(await screen.findByLabelText('Allowed email domains'), { target: { value: 'acme.test, not_a_domain' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save single sign-on' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Allowed email domains')).toHaveAccessibleDescription(
        'Allowed domains must be host names such as example.com.',
      ),
    );
    expect(screen.getByLabelText('Allowed email domains')).toHaveFocus();
  });

  it('removes single sign-on after asking', async () => {
    const remove = { request: { query: RemoveSsoDocument }, result: { data: { removeSso: aSettings({ version: 1 }) } } };
    renderSettings([settingsMock(aSettings({ sso: SSO })), remove]);

    fireEvent.click(await screen.findByRole('button', { name: 'Remove single sign-on' }));
    const confirm = screen.getByRole('group', { name: 'Confirm removing single sign-on' });
    expect(confirm).toHaveTextContent('password sign-in is turned back on');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, remove single sign-on' }));

    expect(await screen.findByText('Single sign-on was removed. Members sign in with their password.')).toBeInTheDocument();
    expect(screen.getByLabelText('Issuer')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Set up single sign-on' })).toBeInTheDocument();
  });
});
