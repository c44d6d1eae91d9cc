import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ROLE_LABELS } from '@panelist/roles';
import {
  BankImportDocument,
  BankImportsDocument,
  CommitBankImportDocument,
  DiscardBankImportDocument,
  type BankFormat,
} from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { FilePicker } from '../../modules/bank-imports/components/FilePicker';
import { ImportPreview } from '../../modules/bank-imports/components/ImportPreview';
import { ImportResult } from '../../modules/bank-imports/components/ImportResult';
import { UploadProgress } from '../../modules/bank-imports/components/UploadProgress';
import { toDecisionInput, type Decisions } from '../../modules/bank-imports/utils/decisions';
import { UploadError, checkFile, uploadPreview, type UploadPhase } from '../../modules/bank-imports/utils/upload-preview';
import { canEditBank } from '../../modules/questions';
import { formatDateTime } from '../../modules/format';
import { describeError } from '../../modules/errors/utils/describe-error';
import { Alert } from '../../modules/ui/components/Alert';
import { LoadingState } from '../../modules/ui/components/LoadingState';
import { PageHeading } from '../../modules/ui/components/PageHeading';

const STEPS = ['Choose a file', 'Upload', 'Review and commit'] as const;

function Steps({ current }: { current: 0 | 1 | 2 }) {
  return (
    <ol className="steps" aria-label="Import steps">
      {STEPS.map((step, index) => (
        <li key={step} className={index < current ? 'is-done' : index === current ? 'is-current' : undefined} aria-current={index === current ? 'step' : undefined}>
          <span className="steps__number" aria-hidden="true">
            {index < current ? '✓' : index + 1}
          </span>
          {step}
        </li>
      ))}
    </ol>
  );
}

function RecentImports() {
  const { data } = useQuery(BankImportsDocument, { fetchPolicy: 'cache-and-network' });
  const imports = data?.bankImports ?? [];
  if (imports.length === 0) return null;
  return (
    <section className="card card--flush" aria-labelledby="recent-heading">
      <div className="card__header">
        <h2 id="recent-heading">Recent imports</h2>
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Recent imports</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">When</th>
              <th scope="col">Status</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {imports.slice(0, 8).map((entry) => (
              <tr key={entry.id}>
                <th scope="row">
                  <Link to={`/bank/import?id=${entry.id}`}>{entry.fileName}</Link>
                </th>
                <td>{formatDateTime(entry.committedAt ?? entry.createdAt)}</td>
                <td>
                  <span className={`badge badge--import-${entry.status.toLowerCase()}`}>
                    {entry.status === 'PREVIEW' ? 'Awaiting review' : entry.status === 'COMMITTED' ? 'Committed' : 'Discarded'}
                  </span>
                </td>
                <td className="muted">
                  {entry.result
                    ? `${entry.result.created} created · ${entry.result.merged} merged`
                    : `${entry.summary.items} questions found`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ImportWizard() {
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const importId = params.get('id');
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<BankFormat | ''>('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [decisions, setDecisions] = useState<Decisions>(new Map());
  const [actionError, setActionError] = useState<string | null>(null);
  const { data, error, loading } = useQuery(BankImportDocument, { variables: { id: importId ?? '' }, skip: !importId });
  const [commit, { loading: committing }] = useMutation(CommitBankImportDocument);
  const [discard, { loading: discarding }] = useMutation(DiscardBankImportDocument);

  useEffect(() => () => abortRef.current?.abort(), []);

  function choose(chosen: File) {
    setFile(chosen);
    setFileError(checkFile(chosen));
  }

  async function upload() {
    if (!file) return;
    const local = checkFile(file);
    setFileError(local);
    if (local) return;
    const controller = new AbortController();
    abortRef.current = controller;
    try {
      const preview = await uploadPreview(file, format || null, setPhase, controller.signal);
      client.writeQuery({ query: BankImportDocument, variables: { id: preview.id }, data: { bankImport: preview } });
      setDecisions(new Map());
      setActionError(null);
      setParams({ id: preview.id });
    } catch (caught) {
      if (caught instanceof UploadError && caught.code === 'ABORTED') setFileError(null);
      else setFileError(caught instanceof Error ? caught.message : 'The file could not be uploaded.');
    } finally {
      abortRef.current = null;
      setPhase(null);
    }
  }

  function startOver() {
    setFile(null);
    setFileError(null);
    setDecisions(new Map());
    setActionError(null);
    setParams({});
  }

  if (importId) {
    const bankImport = data?.bankImport;
    if (!bankImport) {
      if (loading) return <LoadingState label="Loading the import…" />;
      return (
        <div className="stack">
          <Alert tone="error">{describeError(error).message}</Alert>
          <button type="button" className="button" onClick={startOver}>
            Start a new import
          </button>
        </div>
      );
    }
    if (bankImport.status === 'COMMITTED') {
      return (
        <>
          <Steps current={2} />
          <ImportResult bankImport={bankImport} onAnother={startOver} />
        </>
      );
    }
    if (bankImport.status === 'DISCARDED') {
      return (
        <div className="stack">
          <Alert tone="info">The preview of {bankImport.fileName} was discarded. Nothing was added to the bank.</Alert>
          <button type="button" className="button button--primary" onClick={startOver}>
            Import a file
          </button>
        </div>
      );
    }
    return (
      <>
        <Steps current={2} />
        <ImportPreview
          bankImport={bankImport}
          decisions={decisions}
          onDecisions={setDecisions}
          committing={committing}
          discarding={discarding}
          error={actionError}
          onCommit={() => {
            setActionError(null);
            commit({ variables: { input: { id: bankImport.id, decisions: toDecisionInput(bankImport, decisions) } } })
              .then(() => client.refetchQueries({ include: ['Bank', 'BankFacets', 'BankHealth'] }))
              .catch((caught: unknown) => setActionError(describeError(caught).message));
          }}
          onDiscard={() => {
            setActionError(null);
            discard({ variables: { id: bankImport.id } }).catch((caught: unknown) => setActionError(describeError(caught).message));
          }}
        />
      </>
    );
  }

  return (
    <>
      <Steps current={phase ? 1 : 0} />
      <section className="card" aria-labelledby="choose-heading">
        <div className="card__header">
          <h2 id="choose-heading">{phase ? 'Uploading' : 'Choose a file'}</h2>
          {phase ? null : (
            <p className="muted">
              Markdown headings become categories, bullets become questions and nested bullets follow-ups; “Look for:” and “Red
              flag:” points become the rubric. CSV needs a header row with a question column.
            </p>
          )}
        </div>
        {phase && file ? (
          <UploadProgress fileName={file.name} phase={phase} onCancel={() => abortRef.current?.abort()} />
        ) : (
          <FilePicker file={file} format={format} error={fileError} onFile={choose} onFormat={setFormat} onSubmit={() => void upload()} busy={Boolean(phase)} />
        )}
      </section>
      {phase ? null : <RecentImports />}
    </>
  );
}

export function BankImportPage() {
  const viewer = useViewer();
  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/bank">Question bank</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">Import</span>
      </nav>
      <header className="page__header">
        <PageHeading title="Import questions">Import questions</PageHeading>
        <p className="lead">Bring an existing bank into Panelist. You see exactly what would change before anything is saved.</p>
      </header>
      {canEditBank(viewer.role) ? (
        <ImportWizard />
      ) : (
        <div className="stack">
          <Alert tone="info">
            Your role ({ROLE_LABELS[viewer.role]}) can read the question bank but not import into it. Ask an admin or a hiring manager.
          </Alert>
          <p>
            <Link to="/bank">Back to the question bank</Link>
          </p>
        </div>
      )}
    </div>
  );
}
