import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ROLE_LABELS } from '@panelist/roles';
import { CandidateExportDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth';
import {
  CandidateExportView,
  UnreadableExportError,
  canManageCandidateData,
  parseExportDocument,
  type CandidateExportDocument as ExportDocument,
} from '../../modules/candidate-data';
import { downloadTextFile } from '../../modules/panel-scorecards';
import { describeError } from '../../modules/errors';
import { Alert, BrandMark, LoadingState, PageHeading } from '../../modules/ui';
import '../../modules/candidate-data/candidate-data.css';

type Parsed = { document: ExportDocument; error: null } | { document: null; error: string };

function parse(content: string): Parsed {
  try {
    return { document: parseExportDocument(content), error: null };
  } catch (error) {
    return { document: null, error: error instanceof UnreadableExportError ? error.message : 'The export could not be read.' };
  }
}

function ExportPrintView({ candidateId }: { candidateId: string }) {
  // Every view is an export of its own (and recorded as one): never from the cache.
  const { data, error, loading } = useQuery(CandidateExportDocument, { variables: { candidateId }, fetchPolicy: 'no-cache' });
  const file = data?.candidateExport;
  const parsed = useMemo(() => (file ? parse(file.content) : null), [file]);
  const name = parsed?.document?.candidate.name;
  return (
    <>
      <div className="print-page__toolbar">
        <Link to={`/candidates/${candidateId}`}>Back to the candidate</Link>
        <div className="print-page__buttons">
          <button
            type="button"
            className="button"
            disabled={!file}
            onClick={() => file && downloadTextFile(file.fileName, file.content, 'application/json;charset=utf-8')}
          >
            Download JSON
          </button>
          <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!parsed?.document}>
            Print
          </button>
        </div>
      </div>
      <header className="print-page__header">
        <BrandMark />
        <p className="eyebrow">Candidate data export</p>
        <PageHeading title={name ? `Data export · ${name}` : 'Data export'}>{name ?? 'Data export'}</PageHeading>
        <p className="muted small">
          Everything Panelist holds about this person, as in the JSON file of the same export. Confidential: personal data.
        </p>
      </header>
      {parsed?.document ? (
        <CandidateExportView document={parsed.document} />
      ) : parsed?.error ? (
        <Alert tone="error">{parsed.error}</Alert>
      ) : loading ? (
        <LoadingState label="Preparing the export…" />
      ) : (
        <Alert tone="error">{describeError(error).message}</Alert>
      )}
    </>
  );
}

/** /candidates/:id/export — a candidate's data export to read and print, without app chrome (admins). */
export function CandidateExportPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  return (
    <main className="print-page candidate-export-page">
      {canManageCandidateData(viewer.role) ? (
        <ExportPrintView candidateId={id} />
      ) : (
        <>
          <PageHeading title="Data export">Data export</PageHeading>
          <Alert tone="info">
            Your role ({ROLE_LABELS[viewer.role]}) cannot export candidates’ data. Ask an admin of {viewer.organization.name}.
          </Alert>
          <p>
            <Link to="/">Back to the home page</Link>
          </p>
        </>
      )}
    </main>
  );
}
