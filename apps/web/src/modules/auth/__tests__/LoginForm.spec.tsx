import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LoginDocument } from '../../../generated/graphql';
import { aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { LoginForm } from '../components/LoginForm';

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  it('shows a BAD_USER_INPUT error next to the field the server named', async () => {
    const mocks = [
      {
        request: { query: LoginDocument, variables: { input: { email: 'not-an-email', password: 'secret' } } },
        result: { errors: [apiError('BAD_USER_INPUT', 'Email must be a valid email address.', 'email')] },
      },
    ];
    renderWithApp(<LoginForm onSignedIn={jest.fn()} />, { mocks });

    fillIn('not-an-email', 'secret');

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('Email must be a valid email address.');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a wrong password as a form-level alert and clears the password', async () => {
    const mocks = [
      {
        request: { query: LoginDocument, variables: { input: { email: 'ada@example.com', password: 'wrong-one' } } },
        result: { errors: [apiError('UNAUTHENTICATED', 'Email or password is incorrect.')] },
      },
    ];
    const onSignedIn = jest.fn();
    renderWithApp(<LoginForm onSignedIn={onSignedIn} />, { mocks });

    fillIn('ada@example.com', 'wrong-one');

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('asks for the email before calling the server', () => {
    renderWithApp(<LoginForm onSignedIn={jest.fn()} />);

    fillIn('', 'whatever');

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('hands the signed-in viewer over on success, trimming the email', async () => {
    const viewer = aViewer('RECRUITER');
    const mocks = [
      {
        request: { query: LoginDocument, variables: { input: { email: 'sam@example.com', password: 'panelist-demo' } } },
        result: { data: { login: viewer } },
      },
    ];
    const onSignedIn = jest.fn();
    renderWithApp(<LoginForm onSignedIn={onSignedIn} />, { mocks });

    fillIn('  sam@example.com ', 'panelist-demo');

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0][0]).toMatchObject({ role: 'RECRUITER', organization: { name: 'Acme Robotics' } });
  });
});
