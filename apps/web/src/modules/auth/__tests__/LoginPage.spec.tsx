import { fireEvent, screen } from '@testing-library/react';
import { LoginPage } from '../../../pages/auth/LoginPage';
import { renderWithApp } from '../../../testing/render';
import { aViewer } from '../../../testing/fixtures';
import { SSO_ERROR_MESSAGES, ssoErrorMessage, ssoStartUrl } from '../utils/single-sign-on';
import { answering } from './sign-in-responses';

function aSession() {
  return { preload: jest.fn(), start: jest.fn(() => Promise.resolve()) };
}

describe('LoginPage single sign-on', () => {
  it('is one button away, and hands over to the organization’s identity provider with a full page load', () => {
    const go = jest.fn();
    renderWithApp(<LoginPage session={aSession()} goToIdentityProvider={go} />, { path: '/login' });

    expect(screen.queryByLabelText('Organization short name')).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Sign in with single sign-on' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    fireEvent.change(screen.getByLabelText('Organization short name'), { target: { value: '  Acme-Robotics ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue with single sign-on' }));

    expect(go).toHaveBeenCalledWith('/auth/oidc/start?organization=acme-robotics&redirect=%2F');
  });

  it('checks the short name before leaving the page', () => {
    const go = jest.fn();
    renderWithApp(<LoginPage session={aSession()} goToIdentityProvider={go} />, { path: '/login' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with single sign-on' }));

    fireEvent.click(screen.getByRole('button', { name: 'Continue with single sign-on' }));
    expect(screen.getByLabelText('Organization short name')).toHaveAccessibleDescription('Enter your organization’s short name.');

    fireEvent.change(screen.getByLabelText('Organization short name'), { target: { value: 'acme robotics!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue with single sign-on' }));
    expect(screen.getByLabelText('Organization short name')).toHaveAccessibleDescription(/lowercase letters, digits and hyphens/);
    expect(screen.getByLabelText('Organization short name')).toHaveFocus();
    expect(go).not.toHaveBeenCalled();
  });

  it('explains why single sign-on came back with an error, and keeps the option open', () => {
    renderWithApp(<LoginPage session={aSession()} goToIdentityProvider={jest.fn()} />, {
      path: '/login?error=sso_domain_not_allowed',
      route: '/login',
    });

    expect(screen.getByRole('alert')).toHaveTextContent(SSO_ERROR_MESSAGES.sso_domain_not_allowed);
    expect(screen.getByLabelText('Organization short name')).toBeInTheDocument();
  });
});

describe('LoginPage signing in', () => {
  it('downloads the signed-in app while the password is checked, hands the person over, then goes where they were heading', async () => {
    const viewer = aViewer('ADMIN');
    const session = aSession();
    renderWithApp(<LoginPage session={session} fetchImpl={answering({ data: { login: viewer } }).fetch} />, {
      path: '/login',
      routes: [{ path: '/', element: <p>Home</p> }],
    });

    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@example.com' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'panelist-demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(session.preload).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Home')).toBeInTheDocument();
    expect(session.start).toHaveBeenCalledWith(viewer);
  });
});

describe('single sign-on helpers', () => {
  it('never shows an unknown code as it is', () => {
    expect(ssoErrorMessage(null)).toBeNull();
    expect(ssoErrorMessage('<script>')).toBe(SSO_ERROR_MESSAGES.sso_failed);
    expect(ssoErrorMessage('toString')).toBe(SSO_ERROR_MESSAGES.sso_failed);
  });

  it('passes the page to come back to', () => {
    expect(ssoStartUrl('acme', '/jobs?status=open')).toBe('/auth/oidc/start?organization=acme&redirect=%2Fjobs%3Fstatus%3Dopen');
  });
});
