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

type Confirming = 'deactivate' | 'reactivate' | null;

const FOCUS_TARGETS = { role: 'select', actions: '.row-actions button', confirm: '[data-confirm]' } as const;

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

  async function run(action: () => Promise<boolean>, focusAfter: keyof typeof FOCUS_TARGETS | null) {
    setBusy(true);
    await action();
    setBusy(false);
    setConfirming(null);
    focusAfterRender.current = focusAfter;
  }

  function ask(kind: Exclude<Confirming, null>) {
    setConfirming(kind);
    focusAfterRender.current = 'confirm';
  }

  function cancel() {
    setConfirming(null);
    focusAfterRender.current = 'actions';
  }

  function onConfirmKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') cancel();
  }

  const editable = Boolean(actions) && !isViewer;
  const confirm = (kind: Exclude<Confirming, null>) => () =>
    actions ? (kind === 'deactivate' ? actions.deactivate(member) : actions.reactivate(member)) : Promise.resolve(false);
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
            ) : confirming ? (
              <>
                <span className="row-actions__question">
                  {confirming === 'deactivate'
                    ? `Deactivate ${member.name}? They lose access at once.`
                    : `Reactivate ${member.name}?`}
                </span>
                <button
                  type="button"
                  data-confirm
                  className={`button button--small ${confirming === 'deactivate' ? 'button--danger' : 'button--primary'}`}
                  disabled={busy}
                  onClick={() => void run(confirm(confirming), 'actions')}
                >
                  {confirming === 'deactivate' ? 'Yes, deactivate' : 'Yes, reactivate'}
                </button>
                <button type="button" className="button button--small button--quiet" onClick={cancel} disabled={busy}>
                  Cancel
                </button>
              </>
            ) : member.status === 'DEACTIVATED' ? (
              <button type="button" className="button button--small" onClick={() => ask('reactivate')} disabled={busy}>
                Reactivate
              </button>
            ) : (
              <>
                {member.status === 'INVITED' ? (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void run(() => actions.reissueInvitation(member), null)}
                    disabled={busy}
                  >
                    New invitation link
                  </button>
                ) : null}
                <button
                  type="button"
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
