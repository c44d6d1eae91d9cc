import { Link } from 'react-router';
import { PageHeading } from '../../ui';
import type { KitBuilderState } from '../hooks/useKitBuilder';
import { DeleteKitDialog } from './DeleteKitDialog';
import type { SaveStatus } from '../hooks/useKitAutosave';
import '../kits.css';

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'Saved',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  invalid: 'Not saved: fix the marked fields',
  error: 'Not saved',
  conflict: 'Not saved: changed elsewhere',
};

/** Breadcrumb, title, the save status and Preview / Clone / Archive once the kit exists; Delete while nothing uses it. */
export function KitBuilderHeader({ builder }: { builder: KitBuilderState }) {
  const { autosave, draft, kitId, saved, cloning } = builder;
  const title = draft.title.trim() || (!kitId ? 'New kit' : 'Untitled kit');
  return (
    <header className="page__header page__header--split">
      <div className="page__header-text">
        <nav className="breadcrumbs" aria-label="Breadcrumb">
          <Link to="/kits">Kits</Link>
          <span aria-hidden="true">/</span>
          <span aria-current="page">{draft.roleName.trim() || 'New kit'}</span>
        </nav>
        <PageHeading title="Kit builder">{title}</PageHeading>
      </div>
      <div className="page__actions">
        <p className={`save-status save-status--${autosave.status}`} role="status" aria-live="polite">
          <span className="save-status__dot" aria-hidden="true" />
          {!kitId && autosave.status === 'saved' ? 'Not saved yet: name the role and the title' : STATUS_TEXT[autosave.status]}
          {kitId && autosave.version !== null ? <span className="muted"> · version {autosave.version}</span> : null}
        </p>
        {kitId ? (
          <>
            <Link to={`/kits/${kitId}/preview`} className="button">
              Preview
            </Link>
            <button
              type="button"
              className="button"
              disabled={!saved || cloning}
              onClick={() => void builder.clone()}
              title={saved ? undefined : 'Wait until the kit is saved'}
            >
              {cloning ? 'Cloning…' : 'Clone'}
            </button>
            <button
              type="button"
              className="button button--quiet-danger"
              disabled={builder.archiving}
              onClick={() => void builder.archive()}
            >
              {builder.archiving ? 'Archiving…' : 'Archive'}
            </button>
            {builder.deletable ? (
              <button
                type="button"
                className="button button--quiet-danger"
                disabled={!saved || builder.deleting}
                onClick={builder.askToDelete}
                title={saved ? 'Nothing uses this kit yet, so it can be deleted' : 'Wait until the kit is saved'}
              >
                Delete
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {builder.confirmingDelete ? (
        <DeleteKitDialog
          title={title}
          deleting={builder.deleting}
          problem={builder.deleteProblem}
          onConfirm={() => void builder.deleteKit()}
          onCancel={builder.cancelDelete}
        />
      ) : null}
    </header>
  );
}
