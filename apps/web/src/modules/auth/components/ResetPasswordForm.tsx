import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ResetPasswordDocument, type ViewerFieldsFragment } from '../../../generated/graphql';
import { describeError, formLevelMessage, messageFor, type Problem } from '../../errors/utils/describe-error';
import { Alert } from '../../ui/components/Alert';
import { TextField } from '../../ui/components/TextField';
import { NEW_PASSWORD_HINT, checkNewPassword } from '../utils/password-rules';

const FIELDS = ['password', 'confirmPassword'] as const;

interface ResetPasswordFormProps {
  token: string;
  email: string;
  onReset: (viewer: ViewerFieldsFragment) => void | Promise<void>;
}

/** Chooses a new password from an admin's one-time reset link; the server then signs the person in. */
export function ResetPasswordForm({ token, email, onReset }: ResetPasswordFormProps) {
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reset, { loading }] = useMutation(ResetPasswordDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const focus = (field: string | null) => {
      if (field) form.querySelector<HTMLInputElement>(`[name="${field}"]`)?.focus();
    };
    const local = checkNewPassword(password, confirmPassword);
    setProblem(local);
    if (local) {
      focus(local.field);
      return;
    }
    let viewer: ViewerFieldsFragment | undefined;
    try {
      viewer = (await reset({ variables: { input: { token, password } } })).data?.resetPassword;
    } catch (error) {
      const described = describeError(error);
      setProblem(described);
      focus(described.field);
      return;
    }
    if (viewer) await onReset(viewer);
  }

  const formError = formLevelMessage(problem, FIELDS);
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate aria-label="Choose a new password">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        autoFocus
        hint={NEW_PASSWORD_HINT}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={messageFor(problem, 'password')}
      />
      <TextField
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        value={confirmPassword}
        onChange={(event) => setConfirmPassword(event.target.value)}
        error={messageFor(problem, 'confirmPassword')}
      />
      <button type="submit" className="button button--primary button--block" disabled={loading}>
        {loading ? 'Saving your password…' : 'Set new password and sign in'}
      </button>
    </form>
  );
}
