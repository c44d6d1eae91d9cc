import { useEffect, useId, useRef } from 'react';
import { Alert } from '../../ui';

interface DeleteKitDialogProps {
  title: string;
  deleting: boolean;
  problem: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Delete kit?": a native modal <dialog> (focus stays inside, Escape cancels, the page behind is inert)
 * that says deleting cannot be undone. Cancel has the focus first, so Enter does not delete by accident.
 */
export function DeleteKitDialog({ title, deleting, problem, onConfirm, onCancel }: DeleteKitDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const explanationId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    // jsdom has no showModal; there the dialog is simply open.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLButtonElement>('[data-cancel]')?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="kit-delete-dialog"
      aria-labelledby={headingId}
      aria-describedby={explanationId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <div className="kit-delete-dialog__body">
        <h2 id={headingId}>Delete “{title}”?</h2>
        <p id={explanationId}>
          No job or interview uses this kit. Deleting removes it with its sections for good; this cannot be undone. The questions stay in
          the bank.
        </p>
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        <div className="kit-delete-dialog__actions">
          <button type="button" className="button button--danger" disabled={deleting} aria-busy={deleting || undefined} onClick={onConfirm}>
            {deleting ? 'Deleting…' : 'Delete kit'}
          </button>
          <button type="button" className="button button--quiet" data-cancel disabled={deleting} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}
