import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LogoutDocument, SwitchOrganizationDocument } from '../../../generated/graphql';
import { ACME, GLOBEX, aViewer } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { PHONE_QUERY } from '../../ui';
import { AppShell, navItemsFor, unsavedChangesWarning } from '../components/AppShell';

describe('AppShell', () => {
  it('shows an interviewer only the Home link', () => {
    renderWithApp(<AppShell />, { viewer: aViewer('INTERVIEWER') });

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toHaveTextContent('Home');
    expect(screen.queryByRole('link', { name: 'Members' })).not.toBeInTheDocument();
  });

  it.each(['ADMIN', 'HIRING_MANAGER', 'RECRUITER'] as const)('shows %s the Members link', (role) => {
    renderWithApp(<AppShell />, { viewer: aViewer(role) });

    expect(screen.getByRole('link', { name: 'Members' })).toHaveAttribute('href', '/members');
  });

  it.each([
    ['ADMIN', ['Home', 'My interviews', 'Jobs', 'Candidates', 'Bank', 'Kits', 'Analytics', 'Members', 'Audit', 'Settings', 'Account']],
    ['HIRING_MANAGER', ['Home', 'My interviews', 'Jobs', 'Candidates', 'Bank', 'Kits', 'Analytics', 'Members', 'Account']],
    ['RECRUITER', ['Home', 'Jobs', 'Candidates', 'Bank', 'Kits', 'Analytics', 'Members', 'Account']],
    ['INTERVIEWER', ['Home', 'My interviews', 'Bank', 'Kits', 'Analytics', 'Account']],
  ] as const)('gives %s the pages of their role', (role, links) => {
    renderWithApp(<AppShell />, { viewer: aViewer(role) });

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(links);
  });

  it("shows the viewer's name, role and organization", () => {
    renderWithApp(<AppShell />, { viewer: aViewer('HIRING_MANAGER', { name: 'Hana Manager' }) });

    expect(screen.getByText('Hana Manager')).toBeInTheDocument();
    expect(screen.getByText('Hiring manager')).toBeInTheDocument();
    expect(screen.getByText('Acme Robotics')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Organization' })).not.toBeInTheDocument();
  });

  it('offers an organization switcher only to people with several memberships', () => {
    const viewer = aViewer('ADMIN', {
      memberships: [
        { __typename: 'OrganizationMembership', role: 'ADMIN', organization: ACME },
        { __typename: 'OrganizationMembership', role: 'INTERVIEWER', organization: GLOBEX },
      ] as never,
    });
    renderWithApp(<AppShell />, { viewer });

    const switcher = screen.getByRole('combobox', { name: 'Organization' });
    expect(switcher).toHaveValue('org-acme');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Acme Robotics', 'Globex']);
  });

  it('offers no switching in a single sign-on session, which stays in its organization', () => {
    const viewer = aViewer('ADMIN', {
      singleSignOn: true,
      canCreateOrganization: false,
      memberships: [{ __typename: 'OrganizationMembership', role: 'ADMIN', organization: ACME }] as never,
    });
    renderWithApp(<AppShell />, { viewer });

    expect(screen.queryByRole('combobox', { name: 'Organization' })).not.toBeInTheDocument();
    expect(screen.getByText('Acme Robotics')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New organization' })).not.toBeInTheDocument();
  });

  it('links to creating an organization when the person may', () => {
    renderWithApp(<AppShell />, { viewer: aViewer('INTERVIEWER', { canCreateOrganization: true }) });

    expect(screen.getByRole('link', { name: 'New organization' })).toHaveAttribute('href', '/organizations/new');
  });

  it('switches organization on the server and announces it', async () => {
    const memberships = [
      { __typename: 'OrganizationMembership', role: 'ADMIN', organization: ACME },
      { __typename: 'OrganizationMembership', role: 'INTERVIEWER', organization: GLOBEX },
    ] as never;
    const switched = jest.fn(() => ({
      data: { switchOrganization: { ...aViewer('INTERVIEWER', { memberships }), organization: GLOBEX } },
    }));
    renderWithApp(<AppShell />, {
      viewer: aViewer('ADMIN', { memberships }),
      mocks: [{ request: { query: SwitchOrganizationDocument, variables: { organizationId: 'org-globex' } }, result: switched }],
    });

    fireEvent.change(screen.getByRole('combobox', { name: 'Organization' }), { target: { value: 'org-globex' } });

    expect(await screen.findByText('Switched to Globex.')).toBeInTheDocument();
    expect(switched).toHaveBeenCalledTimes(1);
  });

  it('signs out on the server, then goes to the login page', async () => {
    const logout = jest.fn(() => ({ data: { logout: true } }));
    renderWithApp(<AppShell />, {
      viewer: aViewer('RECRUITER'),
      mocks: [{ request: { query: LogoutDocument }, result: logout }],
      routes: [{ path: '/login', element: <p>Login page</p> }],
    });

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText('Login page')).toBeInTheDocument();
    await waitFor(() => expect(logout).toHaveBeenCalledTimes(1));
  });

  it('asks before signing out while scorecard changes exist only on this device, and stays on Cancel', async () => {
    window.localStorage.setItem('panelist.scorecard-pending.sc-1', '{}');
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const logout = jest.fn(() => ({ data: { logout: true } }));
    renderWithApp(<AppShell />, {
      viewer: aViewer('INTERVIEWER'),
      mocks: [{ request: { query: LogoutDocument }, result: logout }],
      routes: [{ path: '/login', element: <p>Login page</p> }],
    });

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(confirm).toHaveBeenCalledWith(unsavedChangesWarning(1));
    expect(logout).not.toHaveBeenCalled();
    expect(screen.queryByText('Login page')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('Login page')).toBeInTheDocument();
    confirm.mockRestore();
    window.localStorage.clear();
  });
});

describe('AppShell on a phone', () => {
  const realMatchMedia = window.matchMedia;
  beforeEach(() => {
    // Only the phone query matches; the navigation itself cannot be measured in jsdom, so links stay in the row.
    window.matchMedia = ((query: string) => ({
      matches: query === PHONE_QUERY,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
  });
  afterEach(() => {
    window.matchMedia = realMatchMedia;
  });

  it('moves the name and Sign out into the More menu, which Escape closes, returning focus to its button', () => {
    renderWithApp(<AppShell />, { viewer: aViewer('INTERVIEWER', { name: 'Ida Interviewer' }) });

    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    const more = screen.getByRole('button', { name: /More/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');

    fireEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(screen.getByText('Ida Interviewer')).toBeVisible();

    screen.getByRole('button', { name: 'Sign out' }).focus();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });
});

describe('navItemsFor', () => {
  it('lists the pages in the order of the navigation', () => {
    expect(navItemsFor('INTERVIEWER').map((item) => item.label)).toEqual(['Home', 'My interviews', 'Bank', 'Kits', 'Analytics', 'Account']);
  });
});
