import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ResetPasswordDocument, type ViewerFieldsFragment } from '../../../generated/graphql';
import { describeError, messageFor, useFormProblem } from '../../errors';
import { Alert, TextField } from '../../ui';
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
  const { formRef, problem, showProblem, formError } = useFormProblem(FIELDS);
  const [reset, { loading }] = useMutation(ResetPasswordDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (showProblem(checkNewPassword(password, confirmPassword))) return;
    let viewer: ViewerFieldsFragment | undefined;
    try {
      viewer = (await reset({ variables: { input: { token, password } } })).data?.resetPassword;
    } catch (error) {
      showProblem(describeError(error));
      return;
    }
    if (viewer) await onReset(viewer);
  }

  return (
    <form ref={formRef} className="stack" onSubmit={(event) => void submit(event)} noValidate aria-label="Choose a new password">
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
