import { useId, useRef, useState, type DragEvent } from 'react';
import type { BankFormat } from '../../../generated/graphql';
import { SelectField } from '../../ui';
import { formatBytes } from '../utils/upload-preview';
import '../bank-imports.css';

export const FORMAT_OPTIONS: ReadonlyArray<{ value: BankFormat | ''; label: string }> = [
  { value: '', label: 'Detect from the file' },
  { value: 'MARKDOWN', label: 'Markdown — headings and bullet lists' },
  { value: 'CSV', label: 'CSV — a header row with a question column' },
  { value: 'JSON', label: 'JSON — Panelist export' },
  { value: 'SEED_PAGE', label: 'Scraped page — numbered questions with “Reference answer”' },
];

interface FilePickerProps {
  file: File | null;
  format: BankFormat | '';
  error: string | null;
  onFile: (file: File) => void;
  onFormat: (format: BankFormat | '') => void;
  onSubmit: () => void;
  busy: boolean;
}

/** Step 1: a drop zone that is also a labelled file input, and the format. */
export function FilePicker({ file, format, error, onFile, onFormat, onSubmit, busy }: FilePickerProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  }

  return (
    <div className="file-picker">
      <div
        className={`dropzone${dragging ? ' is-dragging' : ''}${error ? ' is-invalid' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <svg className="dropzone__icon" width="32" height="32" viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="M12 16V4m0 0-4 4m4-4 4 4M5 15v3a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="dropzone__title">
          {file ? (
            <>
              <strong>{file.name}</strong> <span className="muted">· {formatBytes(file.size)}</span>
            </>
          ) : (
            'Drop a question bank here'
          )}
        </p>
        <p className="muted small">Markdown, CSV, JSON or a scraped text page, up to 20 MB.</p>
        <button type="button" className="button dropzone__choose" onClick={() => inputRef.current?.click()}>
          {file ? 'Choose another file' : 'Choose a file'}
        </button>
        <input
          id={`${id}-file`}
          ref={inputRef}
          className="visually-hidden"
          type="file"
          tabIndex={-1}
          accept=".md,.markdown,.txt,.csv,.tsv,.json,text/markdown,text/plain,text/csv,application/json"
          aria-label="Question bank file"
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) onFile(chosen);
          }}
        />
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="file-picker__footer">
        <SelectField
          label="Format"
          className="file-picker__format"
          value={format}
          options={FORMAT_OPTIONS}
          onChange={(event) => onFormat(event.target.value as BankFormat | '')}
        />
        <button type="button" className="button button--primary" disabled={!file || busy} onClick={onSubmit}>
          Upload and preview
        </button>
      </div>
      <p className="muted small">Nothing is added to the bank until you review the preview and commit it.</p>
    </div>
  );
}
