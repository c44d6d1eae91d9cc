import type { CompetencyWeightInput } from '../../../generated/graphql';
import { useCsvDownload } from '../hooks/useCsvDownload';

/** "Export CSV": disabled with a progress label while the server builds the file, then says what was saved. */
export function ExportCsvButton({ jobId, weights }: { jobId: string; weights: CompetencyWeightInput[] | null }) {
  const { state, download } = useCsvDownload(jobId, weights);
  const busy = state.status === 'loading';
  return (
    <span className="csv-export">
      <button type="button" className="button" onClick={() => void download()} disabled={busy} aria-busy={busy || undefined}>
        {busy ? (
          <>
            <span className="loading__spinner" aria-hidden="true" /> Preparing CSV…
          </>
        ) : (
          'Export CSV'
        )}
      </button>
      <span className="csv-export__status" role="status" aria-live="polite" data-testid="csv-status">
        {state.status === 'done'
          ? `Downloaded ${state.fileName}.`
          : state.status === 'failed'
            ? `The CSV could not be exported: ${state.message}`
            : ''}
      </span>
    </span>
  );
}
