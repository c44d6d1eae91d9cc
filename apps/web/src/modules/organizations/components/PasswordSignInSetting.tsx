import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { SetPasswordSignInDocument, type OrganizationSettingsFieldsFragment } from '../../../generated/graphql';
import { describeError } from '../../errors';

interface PasswordSignInSettingProps {
  settings: OrganizationSettingsFieldsFragment;
  /** The admin's own session came through this organization's single sign-on. */
  viewerUsesSingleSignOn: boolean;
  onStale: () => Promise<unknown>;
}

/**
 * Whether members may sign in with email and password. Turning it off needs an enabled single
 * sign-on connection (else nobody could sign in) and asks first: password sessions stop working.
 */
export function PasswordSignInSetting({ settings, viewerUsesSingleSignOn, onStale }: PasswordSignInSettingProps) {
  const [setPasswordSignIn, { loading }] = useMutation(SetPasswordSignInDocument);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const ssoReady = Boolean(settings.sso?.enabled);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function change(enabled: boolean) {
    setMessage(null);
    try {
      await setPasswordSignIn({ variables: { enabled } });
      setMessage({
        tone: 'success',
        text: enabled ? 'Members can sign in with their password again.' : 'Password sign-in is off: members sign in with single sign-on.',
      });
    } catch (error) {
      const problem = describeError(error);
      setMessage({ tone: 'error', text: problem.message });
      if (problem.code === 'CONFLICT') await onStale().catch(() => undefined);
    } finally {
      setConfirming(false);
    }
  }

  return (
    <div className="stack">
      <p>
        Password sign-in is <strong>{settings.passwordSignIn ? 'on' : 'off'}</strong>.{' '}
        {settings.passwordSignIn ? 'Members can sign in with their email and password.' : 'Members sign in only with single sign-on.'}
      </p>
      <div aria-live="polite">{message ? <div className={`alert alert--${message.tone}`}>{message.text}</div> : null}</div>
      {settings.passwordSignIn ? (
        confirming ? (
          <div
            className="confirm-box"
            role="group"
            aria-label="Confirm turning off password sign-in"
            onKeyDown={(event) => event.key === 'Escape' && setConfirming(false)}
          >
            <p className="confirm__question">
              Turn off password sign-in? Everyone signed in with a password is signed out of {settings.name} at once
              {viewerUsesSingleSignOn ? '' : ' — you too: you signed in with a password'}, and signs in again with single sign-on.
            </p>
            <div className="form-actions">
              <button
                ref={confirmRef}
                type="button"
                className="button button--danger"
                disabled={loading}
                onClick={() => void change(false)}
              >
                {loading ? 'Turning off…' : 'Yes, turn off password sign-in'}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)} disabled={loading}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <>
            <div>
              <button
                type="button"
                className="button"
                disabled={!ssoReady}
                aria-describedby={ssoReady ? undefined : 'password-sign-in-needs-sso'}
                onClick={() => setConfirming(true)}
              >
                Turn off password sign-in
              </button>
            </div>
            {ssoReady ? null : (
              <p id="password-sign-in-needs-sso" className="field__hint">
                Single sign-on must be set up and enabled first (below), so members still have a way to sign in.
              </p>
            )}
          </>
        )
      ) : (
        <div>
          <button type="button" className="button" disabled={loading} onClick={() => void change(true)}>
            {loading ? 'Turning on…' : 'Turn on password sign-in'}
          </button>
        </div>
      )}
    </div>
  );
}
