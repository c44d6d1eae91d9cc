import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { CandidateErasureStatusDocument } from '../../../generated/graphql';
import { formatDateTime } from '../../ui';
import { useCandidateExportDownload } from '../hooks/useCandidateExportDownload';
import { EraseCandidateDialog, type ErasedCandidate } from './EraseCandidateDialog';

interface CandidateDataRightsProps {
  candidate: { id: string; name: string };
  onErased: (erased: ErasedCandidate) => void;
}

/**
 * A candidate's rights over their data, for admins (GDPR articles 15, 17 and 20): a copy of
 * everything held about them (JSON download, or a page to read and print) and erasure.
 */
export function CandidateDataRights({ candidate, onErased }: CandidateDataRightsProps) {
  const { state, download } = useCandidateExportDownload(candidate.id);
  const [erasing, setErasing] = useState(false);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const status = useQuery(CandidateErasureStatusDocument, { variables: { id: candidate.id }, fetchPolicy: 'cache-and-network' });
  const erasedAt = status.data?.candidate.erasedAt ?? null;
  const busy = state.status === 'loading';

  return (
    <section className="card" aria-labelledby="candidate-data-heading">
      <div className="card__header">
        <h2 id="candidate-data-heading">Candidate data</h2>
        <p className="muted">
          {erasedAt
            ? `This candidate’s personal data was erased on ${formatDateTime(erasedAt)}. What remains is anonymous: ratings, outcomes and dates.`
            : 'The person may ask for a copy of everything held about them, or for it to be erased. Both are recorded in the audit trail.'}
        </p>
      </div>
      <div className="candidate-data__actions">
        <button type="button" className="button" onClick={() => void download()} disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Preparing export…' : 'Export data'}
        </button>
        <Link to={`/candidates/${candidate.id}/export`} className="button button--quiet">
          Print view
        </Link>
        {erasedAt || !status.data ? null : (
          <button ref={eraseButton} type="button" className="button button--quiet-danger" onClick={() => setErasing(true)}>
            Erase candidate…
          </button>
        )}
      </div>
      <p className="candidate-data__status small muted" role="status" aria-live="polite" data-testid="candidate-export-status">
        {state.status === 'done'
          ? `Downloaded ${state.fileName}: profile, loops, interviews, scorecards with every revision, decisions and audit events, as JSON.`
          : state.status === 'failed'
            ? `The export failed: ${state.message}`
            : ''}
      </p>
      {erasing ? (
        <EraseCandidateDialog
          candidate={candidate}
          onErased={onErased}
          onCancel={() => {
            setErasing(false);
            eraseButton.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
