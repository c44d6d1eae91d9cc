import { useEffect, useId, useRef } from 'react';
import { CopyField, describeExpiry } from '../../ui';

export interface OneTimeLink {
  /** Right after adding the person, a replacement invitation, or an admin-issued password reset. */
  kind: 'invitation-added' | 'invitation-reissued' | 'password-reset';
  name: string;
  email: string;
  url: string;
  expiresAt: string;
  /** The server also emails the link (SMTP configured); its job may not have sent it yet. */
  emailed?: boolean;
}

interface OneTimeLinkPanelProps {
  link: OneTimeLink;
  organizationName: string;
  onDismiss: () => void;
}

function heading(link: OneTimeLink): string {
  switch (link.kind) {
    case 'invitation-added':
      return `${link.name} was added — send them this invitation link`;
    case 'invitation-reissued':
      return `New invitation link for ${link.name}`;
    case 'password-reset':
      return `Password reset link for ${link.name}`;
  }
}

/**
 * A one-time link the admin passes on, or that is also on its way by email (which may be delayed
 * while the mail server is down, so the link stays here); focused when it appears so nobody misses it. Render it with key={url}: a new link starts afresh and takes focus.
 */
export function OneTimeLinkPanel({ link, organizationName, onDismiss }: OneTimeLinkPanelProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const expiry = describeExpiry(link.expiresAt);
  return (
    <section className="invite-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading(link)}
      </h2>
      {link.emailed ? (
        <p className="invite-panel__email">
          An email with this link is on its way to <strong>{link.email}</strong>. It may not have been sent yet: if it does not arrive, send
          the link below yourself.
        </p>
      ) : null}
      {link.kind === 'password-reset' ? (
        <p>
          Send this link to {link.name} at <strong>{link.email}</strong>, privately: whoever opens it chooses the password for this account.
          It works once and expires {expiry}. {link.name} was signed out everywhere and signs in again once they have chosen a new password.
        </p>
      ) : (
        <p>
          Send this link to {link.name} at <strong>{link.email}</strong>. They open it to join {organizationName}: someone new to Panelist
          chooses a password, someone who already has an account signs in with it. The link works once and expires {expiry}
          {link.kind === 'invitation-reissued' ? '; earlier links for this person no longer work' : ''}.
        </p>
      )}
      <CopyField
        label={`${link.kind === 'password-reset' ? 'Password reset link' : 'Invitation link'} for ${link.name}`}
        value={link.url}
      />
      <button type="button" className="button button--small" onClick={onDismiss}>
        Done
      </button>
    </section>
  );
}
