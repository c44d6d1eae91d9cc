import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { LoginDocument, type ViewerFieldsFragment } from '../../../generated/graphql';
import { describeError, formLevelMessage, messageFor, type Problem } from '../../errors';
import { Alert, TextField } from '../../ui';

const FIELDS = ['email', 'password'] as const;

interface LoginFormProps {
  onSignedIn: (viewer: ViewerFieldsFragment) => void | Promise<void>;
}

function checkLocally(email: string, password: string): Problem | null {
  if (!email.trim()) return { code: 'BAD_USER_INPUT', field: 'email', message: 'Enter your email address.' };
  if (!password) return { code: 'BAD_USER_INPUT', field: 'password', message: 'Enter your password.' };
  return null;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [login, { loading }] = useMutation(LoginDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = checkLocally(email, password);
    if (local) {
      setProblem(local);
      focusField(event.currentTarget, local.field);
      return;
    }
    setProblem(null);
    let viewer: ViewerFieldsFragment | undefined;
    try {
      viewer = (await login({ variables: { input: { email: email.trim(), password } } })).data?.login;
    } catch (error) {
      const described = describeError(error);
      setProblem(described);
      if (described.code === 'UNAUTHENTICATED') setPassword('');
      return;
    }
    if (viewer) await onSignedIn(viewer);
  }

  const formError = formLevelMessage(problem, FIELDS);
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate aria-label="Sign in">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        autoFocus
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={messageFor(problem, 'email')}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={messageFor(problem, 'password')}
      />
      <button type="submit" className="button button--primary button--block" disabled={loading}>
        {loading ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

function focusField(form: HTMLFormElement, field: string | null) {
  if (field) form.querySelector<HTMLInputElement>(`[name="${field}"]`)?.focus();
}
