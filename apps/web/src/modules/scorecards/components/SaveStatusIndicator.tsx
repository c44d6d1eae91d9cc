import type { SyncStatus } from '../utils/scorecard-sync';

export const SAVE_STATUS_TEXT: Record<SyncStatus, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  offline: 'Offline — changes kept on this device',
  conflict: 'Conflict',
  error: 'Error',
};

/** Always one of five words, in a polite live region, so the interviewer never wonders whether work is safe. */
export function SaveStatusIndicator({ status }: { status: SyncStatus }) {
  return (
    <p className={`save-status save-status--${status} im-save-status`} role="status" aria-live="polite" data-testid="save-status">
      <span className="save-status__dot" aria-hidden="true" />
      {SAVE_STATUS_TEXT[status]}
    </p>
  );
}
