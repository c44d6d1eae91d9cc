import { fireEvent, screen, waitFor } from '@testing-library/react';
import { aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { LoginForm } from '../components/LoginForm';
import { answering } from './sign-in-responses';

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  it('shows a BAD_USER_INPUT error next to the field the server named', async () => {
    const server = answering({ errors: [apiError('BAD_USER_INPUT', 'Email must be a valid email address.', 'email')] }, 400);
    renderWithApp(<LoginForm onSignedIn={jest.fn()} fetchImpl={server.fetch} />);

    fillIn('not-an-email', 'secret');

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('Email must be a valid email address.');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(server.variables()).toEqual({ input: { email: 'not-an-email', password: 'secret' } });
  });

  it('shows a wrong password as a form-level alert and clears the password', async () => {
    const server = answering({ data: null, errors: [apiError('UNAUTHENTICATED', 'Email or password is incorrect.')] });
    const onSignedIn = jest.fn();
    renderWithApp(<LoginForm onSignedIn={onSignedIn} fetchImpl={server.fetch} />);

    fillIn('ada@example.com', 'wrong-one');

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('asks for the email before calling the server', () => {
    const server = answering({});
    renderWithApp(<LoginForm onSignedIn={jest.fn()} fetchImpl={server.fetch} />);

    fillIn('', 'whatever');

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(server.fetch).not.toHaveBeenCalled();
  });

  it('hands the signed-in viewer over on success, trimming the email', async () => {
    const viewer = aViewer('RECRUITER');
    const server = answering({ data: { login: viewer } });
    const onSignedIn = jest.fn();
    const onSubmitted = jest.fn();
    renderWithApp(<LoginForm onSignedIn={onSignedIn} onSubmitted={onSubmitted} fetchImpl={server.fetch} />);

    fillIn('  sam@example.com ', 'panelist-demo');

    expect(onSubmitted).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0][0]).toMatchObject({ role: 'RECRUITER', organization: { name: 'Acme Robotics' } });
    expect(server.variables()).toEqual({ input: { email: 'sam@example.com', password: 'panelist-demo' } });
  });

  it('says so when the signed-in app cannot be downloaded after the password was accepted', async () => {
    const server = answering({ data: { login: aViewer('RECRUITER') } });
    renderWithApp(
      <LoginForm
        onSignedIn={() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))}
        fetchImpl={server.fetch}
      />,
    );

    fillIn('sam@example.com', 'panelist-demo');

    expect(await screen.findByRole('alert')).toHaveTextContent('Panelist cannot be reached right now.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });
});
