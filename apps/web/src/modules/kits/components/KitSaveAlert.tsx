import type { KitAutosave } from '../hooks/useKitAutosave';
import '../kits.css';

interface Props {
  autosave: Pick<KitAutosave, 'status' | 'problem' | 'retry'>;
  onReloadTheirs: () => void;
  onKeepMine: () => void;
}

/** Someone else saved first: choose whose kit to keep. A refused save: its reason and Try again. */
export function KitSaveAlert({ autosave, onReloadTheirs, onKeepMine }: Props) {
  if (autosave.status === 'conflict') {
    return (
      <div className="alert alert--warning conflict-banner" role="alert">
        <p>
          <strong>Someone else saved this kit while you were editing.</strong> Your changes are still here and have not been saved.
        </p>
        <div className="conflict-banner__actions">
          <button type="button" className="button button--small" onClick={onReloadTheirs}>
            Reload the saved kit (discard mine)
          </button>
          <button type="button" className="button button--small button--primary" onClick={onKeepMine}>
            Keep mine and save over it
          </button>
        </div>
      </div>
    );
  }
  if (autosave.status === 'error' && autosave.problem) {
    return (
      <div className="alert alert--error" role="alert">
        {autosave.problem.message}{' '}
        <button type="button" className="link-button" onClick={() => autosave.retry()}>
          Try again
        </button>
      </div>
    );
  }
  return null;
}
