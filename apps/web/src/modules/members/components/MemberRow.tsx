import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ROLE_LABELS, isRole } from '@panelist/roles';
import type { MemberFieldsFragment } from '../../../generated/graphql';
import type { MemberActions } from '../hooks/useMemberActions';
import { ROLE_OPTIONS } from '../utils/member-labels';
import { StatusBadge } from './StatusBadge';

interface MemberRowProps {
  member: MemberFieldsFragment;
  isViewer: boolean;
  /** Present for admins only; without it the row is read-only. */
  actions?: MemberActions;
}

type Confirming = 'deactivate' | 'reactivate' | 'revoke' | 'reset' | null;
type Confirmable = Exclude<Confirming, null>;

/** What each confirmation asks, the button that confirms it, and whether it takes something away. */
function confirmation(kind: Confirmable, name: string): { question: string; confirm: string; danger: boolean } {
  switch (kind) {
    case 'deactivate':
      return { question: `Deactivate ${name}? They lose access at once.`, confirm: 'Yes, deactivate', danger: true };
    case 'reactivate':
      return { question: `Reactivate ${name}?`, confirm: 'Yes, reactivate', danger: false };
    case 'revoke':
      return {
        question: `Revoke the invitation for ${name}? Their links stop working and they leave this list.`,
        confirm: 'Yes, revoke',
        danger: true,
      };
    case 'reset':
      return {
        question: `Create a password reset link for ${name}? They are signed out everywhere until they choose a new password.`,
        confirm: 'Yes, create link',
        danger: true,
      };
  }
}

const FOCUS_TARGETS = {
  role: 'select',
  actions: '.row-actions button',
  confirm: '[data-confirm]',
  deactivate: '[data-action="deactivate"]',
  reactivate: '[data-action="reactivate"]',
  revoke: '[data-action="revoke"]',
  reset: '[data-action="reset"]',
} as const;

export function MemberRow({ member, isViewer, actions }: MemberRowProps) {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const rowRef = useRef<HTMLTableRowElement>(null);
  /** Where focus goes once the row has re-rendered (buttons come and go as the status changes). */
  const focusAfterRender = useRef<keyof typeof FOCUS_TARGETS | null>(null);

  useEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    focusAfterRender.current = null;
    rowRef.current?.querySelector<HTMLElement>(FOCUS_TARGETS[target])?.focus();
  });

  type FocusTarget = keyof typeof FOCUS_TARGETS | null;

  /** Runs an action, then moves focus where it makes sense for its outcome. */
  async function run(action: () => Promise<boolean>, focusAfter: FocusTarget | ((succeeded: boolean) => FocusTarget)) {
    setBusy(true);
    const succeeded = await action();
    setBusy(false);
    setConfirming(null);
    focusAfterRender.current = typeof focusAfter === 'function' ? focusAfter(succeeded) : focusAfter;
  }

  function ask(kind: Confirmable) {
    setConfirming(kind);
    focusAfterRender.current = 'confirm';
  }

  function cancel() {
    // Back to the button that asked.
    focusAfterRender.current = confirming ?? 'actions';
    setConfirming(null);
  }

  function onConfirmKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') cancel();
  }

  const editable = Boolean(actions) && !isViewer;
  const confirm = (kind: Confirmable) => (): Promise<boolean> => {
    if (!actions) return Promise.resolve(false);
    switch (kind) {
      case 'deactivate':
        return actions.deactivate(member);
      case 'reactivate':
        return actions.reactivate(member);
      case 'revoke':
        return actions.revokeInvitation(member);
      case 'reset':
        return actions.issuePasswordReset(member);
    }
  };
  const asked = confirming ? confirmation(confirming, member.name) : null;
  return (
    <tr ref={rowRef} className={member.status === 'DEACTIVATED' ? 'is-muted' : undefined}>
      <th scope="row" data-label="Name">
        <span className="member-name">
          {member.name}
          {isViewer ? <span className="tag">You</span> : null}
        </span>
      </th>
      <td data-label="Email" className="cell-email">
        {member.email}
      </td>
      <td data-label="Role">
        {editable && actions ? (
          <select
            className="select select--compact"
            aria-label={`Role for ${member.name}`}
            value={member.role}
            disabled={busy}
            onChange={(event) => {
              const role = event.target.value;
              if (isRole(role) && role !== member.role) void run(() => actions.changeRole(member, role), 'role');
            }}
          >
            {ROLE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          ROLE_LABELS[member.role]
        )}
      </td>
      <td data-label="Status">
        <StatusBadge status={member.status} />
      </td>
      {actions ? (
        <td data-label="Actions" className="cell-actions">
          <div className="row-actions" onKeyDown={confirming ? onConfirmKeyDown : undefined}>
            {!editable || !actions ? (
              <span className="visually-hidden">Another admin changes your own role or access</span>
            ) : confirming && asked ? (
              <>
                <span className="row-actions__question">{asked.question}</span>
                <button
                  type="button"
                  data-confirm
                  className={`button button--small ${asked.danger ? 'button--danger' : 'button--primary'}`}
                  disabled={busy}
                  // A revoked invitation takes its row away and a reset link focuses its panel; a failure stays here.
                  onClick={() =>
                    void run(confirm(confirming), (succeeded) =>
                      succeeded && (confirming === 'revoke' || confirming === 'reset') ? null : 'actions',
                    )
                  }
                >
                  {asked.confirm}
                </button>
                <button type="button" className="button button--small button--quiet" onClick={cancel} disabled={busy}>
                  Cancel
                </button>
              </>
            ) : member.status === 'DEACTIVATED' ? (
              <button
                type="button"
                data-action="reactivate"
                className="button button--small"
                onClick={() => ask('reactivate')}
                disabled={busy}
              >
                Reactivate
              </button>
            ) : member.status === 'INVITED' ? (
              <>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void run(() => actions.reissueInvitation(member), null)}
                  disabled={busy}
                >
                  New invitation link
                </button>
                <button
                  type="button"
                  data-action="revoke"
                  className="button button--small button--quiet-danger"
                  onClick={() => ask('revoke')}
                  disabled={busy}
                >
                  Revoke invitation
                </button>
              </>
            ) : (
              <>
                <button type="button" data-action="reset" className="button button--small" onClick={() => ask('reset')} disabled={busy}>
                  Reset password link
                </button>
                <button
                  type="button"
                  data-action="deactivate"
                  className="button button--small button--quiet-danger"
                  onClick={() => ask('deactivate')}
                  disabled={busy}
                >
                  Deactivate
                </button>
              </>
            )}
          </div>
        </td>
      ) : null}
    </tr>
  );
}
