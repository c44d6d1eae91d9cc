import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AcceptInvitationDocument, type ViewerFieldsFragment } from '../../../generated/graphql';
import { describeError, formLevelMessage, messageFor, type Problem } from '../../errors/utils/describe-error';
import { Alert } from '../../ui/components/Alert';
import { TextField } from '../../ui/components/TextField';

export const MIN_PASSWORD_LENGTH = 10;
const FIELDS = ['password', 'confirmPassword'] as const;

/** Checks done before asking the server: the same length rule it applies, and that both entries match. */
export function checkNewPassword(password: string, confirmPassword: string): Problem | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      code: 'BAD_USER_INPUT',
      field: 'password',
      message: `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`,
    };
  }
  if (password !== confirmPassword) {
    return { code: 'BAD_USER_INPUT', field: 'confirmPassword', message: 'The two passwords do not match.' };
  }
  return null;
}

interface AcceptInvitationFormProps {
  token: string;
  email: string;
  onAccepted: (viewer: ViewerFieldsFragment) => void | Promise<void>;
}

export function AcceptInvitationForm({ token, email, onAccepted }: AcceptInvitationFormProps) {
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [accept, { loading }] = useMutation(AcceptInvitationDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const local = checkNewPassword(password, confirmPassword);
    setProblem(local);
    if (local) {
      form.querySelector<HTMLInputElement>(`[name="${local.field}"]`)?.focus();
      return;
    }
    let viewer: ViewerFieldsFragment | undefined;
    try {
      viewer = (await accept({ variables: { input: { token, password } } })).data?.acceptInvitation;
    } catch (error) {
      setProblem(describeError(error));
      return;
    }
    if (viewer) await onAccepted(viewer);
  }

  const formError = formLevelMessage(problem, FIELDS);
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate aria-label="Choose a password">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {/* Lets password managers store the new password against the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        autoFocus
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember and hard to guess.`}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={messageFor(problem, 'password')}
      />
      <TextField
        label="Confirm password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        value={confirmPassword}
        onChange={(event) => setConfirmPassword(event.target.value)}
        error={messageFor(problem, 'confirmPassword')}
      />
      <button type="submit" className="button button--primary button--block" disabled={loading}>
        {loading ? 'Setting your password…' : 'Set password and continue'}
      </button>
    </form>
  );
}
