import { describeError } from '../../errors';
import { Alert, LoadingState } from '../../ui';
import { useImportWizard } from '../hooks/useImportWizard';
import { FilePicker } from './FilePicker';
import { ImportPreview } from './ImportPreview';
import { ImportResult } from './ImportResult';
import { ImportSteps } from './ImportSteps';
import { RecentImports } from './RecentImports';
import { UploadProgress } from './UploadProgress';
import '../bank-imports.css';

/** Choose a file → upload → review the preview and commit (or discard); a committed import shows its result. */
export function ImportWizard() {
  const wizard = useImportWizard();
  const {
    importId,
    bankImport,
    error,
    loading,
    file,
    format,
    setFormat,
    fileError,
    phase,
    decisions,
    setDecisions,
    actionError,
    committing,
    discarding,
    choose,
    upload,
    startOver,
  } = wizard;

  if (importId) {
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
          <ImportSteps current={2} />
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
        <ImportSteps current={2} />
        <ImportPreview
          bankImport={bankImport}
          decisions={decisions}
          onDecisions={setDecisions}
          committing={committing}
          discarding={discarding}
          error={actionError}
          onCommit={(confirmLowYield) => wizard.commitPreview(bankImport, confirmLowYield)}
          onDiscard={() => wizard.discardPreview(bankImport)}
          onReinterpret={file ? (interpretation) => void wizard.reinterpret(bankImport, interpretation) : null}
          onChooseAgain={choose}
          reinterpreting={wizard.reinterpreting}
        />
      </>
    );
  }

  return (
    <>
      <ImportSteps current={phase ? 1 : 0} />
      <section className="card" aria-labelledby="choose-heading">
        <div className="card__header">
          <h2 id="choose-heading">{phase ? 'Uploading' : 'Choose a file'}</h2>
          {phase ? null : (
            <p className="muted">
              Markdown banks are read by their shape — bullet lists, question headings, Q/A pairs, tables, answers in &lt;details&gt; — and
              the preview shows what was detected, with another way to read the file. “Look for:” and “Red flag:” points become the rubric.
              CSV needs a header row with a question column.
            </p>
          )}
        </div>
        {phase && file ? (
          <UploadProgress fileName={file.name} phase={phase} onCancel={wizard.cancelUpload} />
        ) : (
          <FilePicker
            file={file}
            format={format}
            error={fileError}
            onFile={choose}
            onFormat={setFormat}
            onSubmit={() => void upload()}
            busy={Boolean(phase)}
          />
        )}
      </section>
      {phase ? null : <RecentImports />}
    </>
  );
}
