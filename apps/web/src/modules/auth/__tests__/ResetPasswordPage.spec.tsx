import { fireEvent, screen, waitFor } from '@testing-library/react';
import { PasswordResetDocument, ResetPasswordDocument } from '../../../generated/graphql';
import { ResetPasswordPage } from '../../../pages/auth/ResetPasswordPage';
import { aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';

const TOKEN = 'a-reset-token-that-is-long-enough';
const preview = {
  request: { query: PasswordResetDocument, variables: { token: TOKEN } },
  result: {
    data: {
      passwordReset: {
        __typename: 'PasswordResetPreview',
        email: 'ivo@example.com',
        organizationName: 'Acme Robotics',
        expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
      },
    },
  },
};

function renderReset(mocks: unknown[]) {
  return renderWithApp(<ResetPasswordPage />, {
    mocks: mocks as never,
    path: `/reset/${TOKEN}`,
    route: '/reset/:token',
    routes: [{ path: '/', element: <p>Home page</p> }],
  });
}

function choose(password: string, confirm: string) {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Confirm new password'), { target: { value: confirm } });
  fireEvent.click(screen.getByRole('button', { name: 'Set new password and sign in' }));
}

describe('ResetPasswordPage', () => {
  it('says whose password it changes and until when the link works', async () => {
    renderReset([preview]);

    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    expect(screen.getAllByRole('definition').map((dd) => dd.textContent)).toEqual([
      'ivo@example.com',
      expect.stringMatching(/\(in 24 hours\)$/),
    ]);
    expect(screen.getByText(/every device signed in to your account is signed out/)).toBeInTheDocument();
  });

  it('checks length and confirmation first, then shows the server’s policy next to the field', async () => {
    const common = {
      request: { query: ResetPasswordDocument, variables: { input: { token: TOKEN, password: 'password1234' } } },
      result: { errors: [apiError('BAD_USER_INPUT', 'This password is too common. Choose another one.', 'password')] },
    };
    renderReset([preview, common]);
    await screen.findByLabelText('New password');

    choose('short', 'short');
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription('Password must be at least 10 characters.');
    choose('password1234', 'password12345');
    expect(screen.getByLabelText('Confirm new password')).toHaveAccessibleDescription('The two passwords do not match.');

    choose('password1234', 'password1234');
    await waitFor(() =>
      expect(screen.getByLabelText('New password')).toHaveAccessibleDescription('This password is too common. Choose another one.'),
    );
    expect(screen.getByLabelText('New password')).toHaveFocus();
  });

  it('signs the person in and opens the app', async () => {
    const reset = {
      request: { query: ResetPasswordDocument, variables: { input: { token: TOKEN, password: 'a new long password' } } },
      result: { data: { resetPassword: aViewer('INTERVIEWER') } },
    };
    renderReset([preview, reset]);
    await screen.findByLabelText('New password');

    choose('a new long password', 'a new long password');

    expect(await screen.findByText('Home page')).toBeInTheDocument();
  });

  it('explains a used or expired link', async () => {
    const used = {
      request: { query: PasswordResetDocument, variables: { token: TOKEN } },
      result: { errors: [apiError('NOT_FOUND', 'This password reset link is invalid, expired or already used.', 'token')] },
    };
    renderReset([used]);

    expect(await screen.findByRole('heading', { name: 'This reset link cannot be used' })).toBeInTheDocument();
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });
});
