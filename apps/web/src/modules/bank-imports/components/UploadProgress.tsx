import type { UploadPhase } from '../utils/upload-preview';
import { formatBytes } from '../utils/upload-preview';
import '../bank-imports.css';

/** Step 2: a real progress bar while the bytes travel, then an indeterminate state while the server reads. */
export function UploadProgress({ fileName, phase, onCancel }: { fileName: string; phase: UploadPhase; onCancel: () => void }) {
  const percent = phase.phase === 'uploading' && phase.total > 0 ? Math.min(100, Math.round((phase.loaded / phase.total) * 100)) : null;
  const label =
    phase.phase === 'encoding'
      ? 'Preparing the file…'
      : phase.phase === 'uploading'
        ? `Uploading ${fileName}… ${percent ?? 0}%`
        : 'Reading the file… Panelist is parsing it and comparing every question with the bank.';
  return (
    <div className="upload-progress">
      <p className="upload-progress__label" role="status" aria-live="polite">
        {label}
      </p>
      {phase.phase === 'uploading' ? (
        <progress className="progress" max={100} value={percent ?? 0} aria-label={`Uploading ${fileName}`}>
          {percent ?? 0}%
        </progress>
      ) : (
        <div
          className="progress progress--indeterminate"
          role="progressbar"
          aria-label={phase.phase === 'reading' ? 'Reading the file' : 'Preparing the file'}
        >
          <span />
        </div>
      )}
      {phase.phase === 'uploading' ? (
        <p className="muted small">
          {formatBytes(phase.loaded)} of {formatBytes(phase.total)}
        </p>
      ) : null}
      {phase.phase !== 'reading' ? (
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}
