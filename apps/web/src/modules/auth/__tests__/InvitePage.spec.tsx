import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  AcceptInvitationDocument,
  AcceptInvitationSignedInDocument,
  InvitationDocument,
  LogoutDocument,
  MeDocument,
} from '../../../generated/graphql';
import { InvitePage } from '../../../pages/auth/InvitePage';
import { GLOBEX, aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';

const TOKEN = 'a-token-that-is-long-enough-to-pass';
const IN_A_WEEK = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000 + 60_000).toISOString();
const preview = {
  request: { query: InvitationDocument, variables: { token: TOKEN } },
  result: {
    data: {
      invitation: {
        __typename: 'InvitationPreview',
        email: 'mia@example.com',
        name: 'Mia Example',
        organizationName: 'Globex',
        role: 'RECRUITER',
        expiresAt: IN_A_WEEK,
      },
    },
  },
};
const signedOut = { request: { query: MeDocument }, result: { errors: [apiError('UNAUTHENTICATED', 'Sign in to continue.')] } };
const signedInAs = (email: string) => ({
  request: { query: MeDocument },
  result: { data: { me: aViewer('INTERVIEWER', { name: 'Mia Example', email }) } },
});

function renderInvite(mocks: unknown[]) {
  return renderWithApp(<InvitePage />, {
    mocks: mocks as never,
    path: `/invite/${TOKEN}`,
    route: '/invite/:token',
    routes: [{ path: '/', element: <p>Home page</p> }],
  });
}

function enterPassword(password: string) {
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Join Globex' }));
}

describe('InvitePage', () => {
  it('says which organization, role and email the invitation is for, and until when', async () => {
    renderInvite([preview, signedOut]);

    expect(await screen.findByRole('heading', { name: 'Join Globex' })).toBeInTheDocument();
    expect(screen.getByText(/Hello Mia Example/)).toHaveTextContent('invited to Globex as Recruiter');
    const details = screen.getAllByRole('definition').map((dd) => dd.textContent);
    expect(details).toEqual(['Globex', 'Recruiter', 'mia@example.com', expect.stringMatching(/\(in 7 days\)$/)]);
  });

  describe('signed out', () => {
    it('explains the one password field for new and existing accounts', async () => {
      renderInvite([preview, signedOut]);

      const password = await screen.findByLabelText('Password');
      expect(screen.getByText(/New to Panelist\?/).closest('li')).toHaveTextContent('Choose a password: at least 10 characters');
      expect(screen.getByText(/Already have a Panelist account/).closest('li')).toHaveTextContent('Enter its password.');
      expect(password).toHaveAttribute('type', 'password');
      fireEvent.click(screen.getByRole('checkbox', { name: 'Show password' }));
      expect(password).toHaveAttribute('type', 'text');
    });

    it('asks for a password before calling the server', async () => {
      renderInvite([preview, signedOut]);
      await screen.findByLabelText('Password');

      enterPassword('');

      expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter a password.');
      expect(screen.getByLabelText('Password')).toHaveFocus();
    });

    it('shows the server’s verdict on the password next to the field', async () => {
      const wrong = {
        request: { query: AcceptInvitationDocument, variables: { input: { token: TOKEN, password: 'not my password' } } },
        result: { errors: [apiError('UNAUTHENTICATED', 'That is not the password of the Panelist account for this email.', 'password')] },
      };
      renderInvite([preview, signedOut, wrong]);
      await screen.findByLabelText('Password');

      enterPassword('not my password');

      await waitFor(() =>
        expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
          'That is not the password of the Panelist account for this email.',
        ),
      );
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('signs the person in and opens the app in the new organization after accepting', async () => {
      const accept = {
        request: { query: AcceptInvitationDocument, variables: { input: { token: TOKEN, password: 'a long enough password' } } },
        result: { data: { acceptInvitation: aViewer('RECRUITER', { name: 'Mia Example' }) } },
      };
      renderInvite([preview, signedOut, accept]);
      await screen.findByLabelText('Password');

      enterPassword('a long enough password');

      await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
      expect(await screen.findByText('Home page')).toBeInTheDocument();
    });
  });

  describe('signed in', () => {
    it('joins with one button when the signed-in account is the one invited', async () => {
      const join = {
        request: { query: AcceptInvitationSignedInDocument, variables: { token: TOKEN } },
        result: {
          data: {
            acceptInvitationSignedIn: { ...aViewer('RECRUITER', { name: 'Mia Example', email: 'mia@example.com' }), organization: GLOBEX },
          },
        },
      };
      renderInvite([preview, signedInAs('Mia@Example.com'), join]);

      expect(await screen.findByText(/You are signed in as/)).toHaveTextContent('Mia@Example.com');
      expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Join Globex' }));

      expect(await screen.findByText('Home page')).toBeInTheDocument();
    });

    it('says when the membership is made but this session has to stay where it is', async () => {
      // E.g. a single sign-on session: it cannot move to another organization.
      const join = {
        request: { query: AcceptInvitationSignedInDocument, variables: { token: TOKEN } },
        result: { data: { acceptInvitationSignedIn: aViewer('INTERVIEWER', { email: 'mia@example.com' }) } },
      };
      renderInvite([preview, signedInAs('mia@example.com'), join]);

      fireEvent.click(await screen.findByRole('button', { name: 'Join Globex' }));

      expect(await screen.findByRole('heading', { name: 'You joined Globex' })).toBeInTheDocument();
      expect(screen.getByText(/You are now a member of Globex/)).toHaveTextContent('This session stays in Acme Robotics');
      expect(screen.getByRole('link', { name: 'Continue in Acme Robotics' })).toHaveAttribute('href', '/');
    });

    it('says so when the server refuses because the invitation is for another email', async () => {
      const refused = {
        request: { query: AcceptInvitationSignedInDocument, variables: { token: TOKEN } },
        result: { errors: [apiError('FORBIDDEN', 'This invitation is for another email address.', 'token')] },
      };
      renderInvite([preview, signedInAs('mia@example.com'), refused]);

      fireEvent.click(await screen.findByRole('button', { name: 'Join Globex' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('This invitation is for another email address');
    });

    it('offers someone signed in with another account to sign out, then shows the password form', async () => {
      const logout = jest.fn(() => ({ data: { logout: true } }));
      renderInvite([preview, signedInAs('ada@example.com'), { request: { query: LogoutDocument }, result: logout }, preview, signedOut]);

      expect(await screen.findByText(/This invitation is for/)).toHaveTextContent(
        'This invitation is for mia@example.com, but you are signed in as ada@example.com.',
      );
      expect(screen.queryByRole('button', { name: 'Join Globex' })).not.toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Sign out ada@example.com' }));

      expect(await screen.findByLabelText('Password')).toBeInTheDocument();
      expect(logout).toHaveBeenCalledTimes(1);
    });
  });

  it('explains an expired, revoked or used link instead of offering to join', async () => {
    const invalid = {
      request: { query: InvitationDocument, variables: { token: TOKEN } },
      result: { errors: [apiError('NOT_FOUND', 'This invitation link is invalid, expired or already used.', 'token')] },
    };
    renderInvite([invalid, signedOut]);

    expect(await screen.findByRole('heading', { name: 'This invitation cannot be used' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/has expired, was revoked or was already used/);
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });
});
