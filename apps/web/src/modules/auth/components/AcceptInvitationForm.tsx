import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AcceptInvitationDocument, type ViewerFieldsFragment } from '../../../generated/graphql';
import { describeError, messageFor, useFormProblem } from '../../errors';
import { Alert, CheckboxField, TextField } from '../../ui';
import { MIN_PASSWORD_LENGTH } from '../utils/password-rules';

const FIELDS = ['password'] as const;

interface AcceptInvitationFormProps {
  token: string;
  email: string;
  organizationName: string;
  onAccepted: (viewer: ViewerFieldsFragment) => void | Promise<void>;
}

/**
 * For a signed-out visitor: one password field that serves both cases. Someone new chooses their
 * password here; someone who already has a Panelist account with this email enters its password.
 * The server knows which case it is; the page does not ask (and so reveals nothing).
 */
export function AcceptInvitationForm({ token, email, organizationName, onAccepted }: AcceptInvitationFormProps) {
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const { formRef, problem, showProblem, formError } = useFormProblem(FIELDS);
  const [accept, { loading }] = useMutation(AcceptInvitationDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (showProblem(password ? null : { code: 'BAD_USER_INPUT', field: 'password', message: 'Enter a password.' })) return;
    let viewer: ViewerFieldsFragment | undefined;
    try {
      viewer = (await accept({ variables: { input: { token, password } } })).data?.acceptInvitation;
    } catch (error) {
      showProblem(describeError(error));
      return;
    }
    if (viewer) await onAccepted(viewer);
  }

  return (
    <form ref={formRef} className="stack" onSubmit={(event) => void submit(event)} noValidate aria-label="Accept the invitation">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <ul className="auth__choices">
        <li>
          <strong>New to Panelist?</strong> Choose a password: at least {MIN_PASSWORD_LENGTH} characters, not a common one.
        </li>
        <li>
          <strong>Already have a Panelist account</strong> with this email? Enter its password.
        </li>
      </ul>
      {/* Lets password managers file the password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label="Password"
        name="password"
        type={showPassword ? 'text' : 'password'}
        autoComplete="current-password"
        autoFocus
        hint={`For ${email}.`}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={messageFor(problem, 'password')}
      />
      <CheckboxField label="Show password" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
      <button type="submit" className="button button--primary button--block" disabled={loading}>
        {loading ? 'Joining…' : `Join ${organizationName}`}
      </button>
    </form>
  );
}
