import { useState } from 'react';
import { plural } from '../../format';
import { Alert } from '../../ui';
import type { BankExportFormat } from '../../../generated/graphql';
import { useBankExport, type downloadFile } from '../hooks/useBankExport';
import '../questions.css';

const FORMATS: ReadonlyArray<{ value: BankExportFormat; label: string }> = [
  { value: 'MARKDOWN', label: 'Markdown' },
  { value: 'CSV', label: 'CSV (spreadsheets)' },
  { value: 'JSON', label: 'Panelist JSON' },
];

/** The bank page's export: a format, a button, progress while the pages load, then the download. */
export function BankExport({ download }: { download?: typeof downloadFile }) {
  const [format, setFormat] = useState<BankExportFormat>('MARKDOWN');
  const { state, start } = useBankExport(download);
  const busy = state.status === 'exporting';
  return (
    <div className="bank-export" role="group" aria-label="Export the bank">
      <label className="bank-export__format">
        <span className="visually-hidden">Export format</span>
        <select className="select" value={format} disabled={busy} onChange={(event) => setFormat(event.target.value as BankExportFormat)}>
          {FORMATS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" disabled={busy} onClick={() => void start(format)}>
        {busy ? 'Exporting…' : 'Export'}
      </button>
      <p className="bank-export__status small" role="status" aria-live="polite">
        {state.status === 'exporting' && state.total !== null ? (
          <>
            <progress className="bank-export__progress" max={state.total || 1} value={state.exported} aria-hidden="true" />{' '}
            {state.exported.toLocaleString('en-GB')} of {plural(state.total, 'question')}
          </>
        ) : null}
        {state.status === 'exporting' && state.total === null ? 'Starting the export…' : null}
        {state.status === 'done' ? `Exported ${plural(state.exported, 'question')} to ${state.fileName}.` : null}
      </p>
      {state.status === 'failed' ? <Alert tone="error">{state.problem.message}</Alert> : null}
    </div>
  );
}
