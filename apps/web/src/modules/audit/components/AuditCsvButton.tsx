import type { AuditFilterInput } from '../../../generated/graphql';
import { useAuditCsvDownload } from '../hooks/useAuditCsvDownload';

/** "Export CSV" of the trail as filtered: busy while the server builds the file, then says what was saved. */
export function AuditCsvButton({ filter, filtered }: { filter: AuditFilterInput; filtered: boolean }) {
  const { state, download } = useAuditCsvDownload(filter);
  const busy = state.status === 'loading';
  return (
    <span className="audit-export">
      <button
        type="button"
        className="button"
        onClick={() => void download()}
        disabled={busy}
        aria-busy={busy || undefined}
        aria-describedby="audit-csv-scope"
      >
        {busy ? (
          <>
            <span className="loading__spinner" aria-hidden="true" /> Preparing CSV…
          </>
        ) : (
          'Export CSV'
        )}
      </button>
      <span id="audit-csv-scope" className="visually-hidden">
        {filtered ? 'The events matching the filters, up to 50,000.' : 'The whole trail, up to 50,000 events.'}
      </span>
      <span className="audit-export__status" role="status" aria-live="polite" data-testid="audit-csv-status">
        {state.status === 'done'
          ? `Downloaded ${state.fileName}.`
          : state.status === 'failed'
            ? `The CSV could not be exported: ${state.message}`
            : ''}
      </span>
    </span>
  );
}
