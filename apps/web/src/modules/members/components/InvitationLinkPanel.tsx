import { useEffect, useId, useRef, useState } from 'react';

export interface InvitationLink {
  name: string;
  email: string;
  url: string;
  /** "added" right after adding the person, "reissued" for a replacement link. */
  reason: 'added' | 'reissued';
}

interface InvitationLinkPanelProps {
  invitation: InvitationLink;
  organizationName: string;
  onDismiss: () => void;
}

type CopyState = 'idle' | 'copied' | 'manual';

/** The one-time link an admin passes on; focused when it appears so nobody misses it. */
export function InvitationLinkPanel({ invitation, organizationName, onDismiss }: InvitationLinkPanelProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');

  // Rendered with key={url}, so a new link starts afresh (copy state included) and takes focus.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('Clipboard not available');
      await navigator.clipboard.writeText(invitation.url);
      setCopyState('copied');
    } catch {
      inputRef.current?.select();
      setCopyState('manual');
    }
  }

  return (
    <section className="invite-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {invitation.reason === 'added'
          ? `${invitation.name} was added — send them this invitation link`
          : `New invitation link for ${invitation.name}`}
      </h2>
      <p>
        Send this link to {invitation.name} at <strong>{invitation.email}</strong>. They open it to choose a password
        and join {organizationName}. The link works once and expires in 7 days
        {invitation.reason === 'reissued' ? '; earlier links for this person no longer work' : ''}.
      </p>
      <div className="invite-panel__link">
        <label htmlFor={`${id}-url`} className="visually-hidden">
          Invitation link for {invitation.name}
        </label>
        <input
          id={`${id}-url`}
          ref={inputRef}
          className="input input--mono"
          readOnly
          value={invitation.url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {copyState === 'copied' ? 'Copied' : 'Copy link'}
        </button>
      </div>
      <p className="invite-panel__status" role="status" aria-live="polite">
        {copyState === 'copied' ? 'Link copied to the clipboard.' : null}
        {copyState === 'manual' ? 'Copying is blocked here. The link is selected: press Ctrl+C (⌘C on a Mac).' : null}
      </p>
      <button type="button" className="button button--small" onClick={onDismiss}>
        Done
      </button>
    </section>
  );
}
