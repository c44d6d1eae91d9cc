import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { BankImportFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../format';
import '../bank-imports.css';

/** After the commit: what changed in the bank. */
export function ImportResult({ bankImport, onAnother }: { bankImport: BankImportFieldsFragment; onAnother: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const result = bankImport.result;
  return (
    <section className="card import-result" aria-labelledby="result-heading">
      <div className="card__header">
        <h2 id="result-heading" ref={headingRef} tabIndex={-1}>
          Imported {bankImport.fileName}
        </h2>
        {bankImport.committedAt ? <p className="muted">Committed {formatDateTime(bankImport.committedAt)} in one transaction.</p> : null}
      </div>
      {result ? (
        <dl className="stats" aria-label="Result">
          <div className="stat stat--new">
            <dt>Questions created</dt>
            <dd>{result.created}</dd>
          </div>
          <div className="stat stat--merged">
            <dt>Merged into existing</dt>
            <dd>{result.merged}</dd>
          </div>
          <div className="stat">
            <dt>Source references added</dt>
            <dd>{result.sourcesAdded}</dd>
          </div>
          <div className="stat">
            <dt>Unchanged</dt>
            <dd>{result.unchanged}</dd>
          </div>
        </dl>
      ) : null}
      <div className="form-actions">
        <Link to="/bank" className="button button--primary">
          Go to the question bank
        </Link>
        <button type="button" className="button" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </section>
  );
}
