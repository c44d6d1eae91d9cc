import { useState, type FormEvent } from 'react';
import type { ViewerFieldsFragment } from '../../../generated/graphql';
import { formLevelMessage, messageFor, networkProblem, type Problem } from '../../errors';
import { Alert, TextField } from '../../ui';
import { requestSignIn } from '../utils/sign-in-request';

const FIELDS = ['email', 'password'] as const;

interface LoginFormProps {
  onSignedIn: (viewer: ViewerFieldsFragment) => void | Promise<void>;
  /** Called as the email and password go to the server (after the local checks passed). */
  onSubmitted?: () => void;
  /** The transport; replaced in tests. */
  fetchImpl?: typeof fetch;
}

function checkLocally(email: string, password: string): Problem | null {
  if (!email.trim()) return { code: 'BAD_USER_INPUT', field: 'email', message: 'Enter your email address.' };
  if (!password) return { code: 'BAD_USER_INPUT', field: 'password', message: 'Enter your password.' };
  return null;
}

export function LoginForm({ onSignedIn, onSubmitted, fetchImpl }: LoginFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = checkLocally(email, password);
    if (local) {
      setProblem(local);
      focusField(event.currentTarget, local.field);
      return;
    }
    setProblem(null);
    setLoading(true);
    onSubmitted?.();
    const result = await requestSignIn({ email: email.trim(), password }, fetchImpl);
    if (result.problem) {
      setLoading(false);
      setProblem(result.problem);
      if (result.problem.code === 'UNAUTHENTICATED') setPassword('');
      return;
    }
    // Stays "Signing in…" while the app opens the next page.
    try {
      await onSignedIn(result.viewer);
    } catch {
      // The signed-in app could not be downloaded (the sign-in itself worked): trying again helps.
      setProblem(networkProblem());
    } finally {
      setLoading(false);
    }
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
