import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AcceptInvitationDocument, InvitationDocument } from '../../../generated/graphql';
import { InvitePage } from '../../../pages/invite/InvitePage';
import { aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';

const TOKEN = 'a-token-that-is-long-enough-to-pass';
const preview = {
  request: { query: InvitationDocument, variables: { token: TOKEN } },
  result: {
    data: {
      invitation: {
        __typename: 'InvitationPreview',
        email: 'mia@example.com',
        name: 'Mia Example',
        organizationName: 'Acme Robotics',
        role: 'RECRUITER',
      },
    },
  },
};

function renderInvite(mocks: unknown[]) {
  return renderWithApp(<InvitePage />, {
    mocks: mocks as never,
    path: `/invite/${TOKEN}`,
    route: '/invite/:token',
    routes: [{ path: '/', element: <p>Home page</p> }],
  });
}

function choose(password: string, confirm: string) {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Confirm password'), { target: { value: confirm } });
  fireEvent.click(screen.getByRole('button', { name: 'Set password and continue' }));
}

describe('InvitePage', () => {
  it('says who the invitation is for and in which role', async () => {
    renderInvite([preview]);

    expect(await screen.findByRole('heading', { name: 'Join Acme Robotics' })).toBeInTheDocument();
    expect(screen.getByText(/Hello Mia Example/)).toHaveTextContent('as Recruiter');
    expect(screen.getByText('mia@example.com')).toBeInTheDocument();
  });

  it('checks length and confirmation before calling the server', async () => {
    renderInvite([preview]);
    await screen.findByLabelText('New password');

    choose('short', 'short');
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription('Password must be at least 10 characters.');

    choose('a long enough password', 'a different password');
    expect(screen.getByLabelText('Confirm password')).toHaveAccessibleDescription('The two passwords do not match.');
    expect(screen.getByLabelText('Confirm password')).toHaveFocus();
  });

  it('signs the person in and opens the app after accepting', async () => {
    const accept = {
      request: { query: AcceptInvitationDocument, variables: { input: { token: TOKEN, password: 'a long enough password' } } },
      result: { data: { acceptInvitation: aViewer('RECRUITER', { name: 'Mia Example' }) } },
    };
    renderInvite([preview, accept]);
    await screen.findByLabelText('New password');

    choose('a long enough password', 'a long enough password');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    expect(await screen.findByText('Home page')).toBeInTheDocument();
  });

  it('explains an invalid or used link instead of showing the form', async () => {
    const invalid = {
      request: { query: InvitationDocument, variables: { token: TOKEN } },
      result: { errors: [apiError('NOT_FOUND', 'This invitation link is invalid, expired or already used.', 'token')] },
    };
    renderInvite([invalid]);

    expect(await screen.findByRole('heading', { name: 'This invitation cannot be used' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/Ask an admin of your organization for a new invitation link/);
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });
});
