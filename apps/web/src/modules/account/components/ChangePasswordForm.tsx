import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ChangePasswordDocument, MySessionsDocument } from '../../../generated/graphql';
import { NEW_PASSWORD_HINT, checkNewPassword } from '../../auth';
import { describeError, messageFor, useFormProblem, type Problem } from '../../errors';
import { Alert, TextField } from '../../ui';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

/** Asks for the current password; the server then ends every other session of the account. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [changed, setChanged] = useState(false);
  const { formRef, problem, showProblem, formError } = useFormProblem(FIELDS);
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument, {
    // The list below now shows only this device.
    refetchQueries: [MySessionsDocument],
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    const local: Problem | null = !currentPassword
      ? { code: 'BAD_USER_INPUT', field: 'currentPassword', message: 'Enter your current password.' }
      : checkNewPassword(newPassword, confirmPassword, { password: 'newPassword', confirmation: 'confirmPassword' });
    if (showProblem(local)) return;
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
    } catch (error) {
      showProblem(describeError(error));
      return;
    }
    setCurrentPassword('');
    setNewPassword('');
    setConfirmPassword('');
    setChanged(true);
  }

  return (
    <form
      ref={formRef}
      className="stack form-narrow"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="password-heading"
    >
      <div aria-live="polite">
        {changed ? (
          <div className="alert alert--success">
            Your password was changed. Every other device signed in to your account was signed out; this one stays signed in.
          </div>
        ) : null}
      </div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
        error={messageFor(problem, 'currentPassword')}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
        error={messageFor(problem, 'newPassword')}
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
      <p className="muted small">Changing your password signs you out everywhere else.</p>
      <div>
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Changing password…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
