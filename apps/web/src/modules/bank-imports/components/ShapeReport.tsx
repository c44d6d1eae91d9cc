import { useId, useState } from 'react';
import type { BankImportFieldsFragment, MarkdownInterpretation } from '../../../generated/graphql';
import { plural } from '../../format';
import { describeSeen, INTERPRETATION_OPTIONS, SHAPE_LABELS } from '../utils/shapes';
import '../bank-imports.css';

type Report = NonNullable<BankImportFieldsFragment['report']>;

interface ShapeReportProps {
  report: Report;
  /** Reads the file again another way; absent when the file is no longer in the browser. */
  onReinterpret: ((interpretation: MarkdownInterpretation) => void) | null;
  /** Choose the file again (after a reload the browser no longer has it). */
  onChooseAgain: (file: File) => void;
  reinterpreting: boolean;
  busy: boolean;
}

/** What the reader saw in a Markdown file, a warning when it made few questions of it, and another way to read it. */
export function ShapeReport({ report, onReinterpret, onChooseAgain, reinterpreting, busy }: ShapeReportProps) {
  const [choice, setChoice] = useState<MarkdownInterpretation>(report.interpretation);
  const name = useId();
  const [primary, ...others] = report.shapes;
  return (
    <section className="card shape-report" aria-labelledby="shape-heading">
      <div className="card__header">
        <h2 id="shape-heading">How the file was read</h2>
      </div>
      <div className="card__body shape-report__body">
        {primary ? (
          <p className="shape-report__detected">
            Detected shape: <strong>{SHAPE_LABELS[primary.shape]}</strong>{' '}
            <span className="muted">
              ({plural(primary.questions, 'question')}, from line {primary.firstLine})
            </span>
          </p>
        ) : (
          <p className="shape-report__detected">No question shape was recognised in this file.</p>
        )}
        {others.length > 0 ? (
          <ul className="shape-report__others" aria-label="Other shapes found">
            {others.map((shape) => (
              <li key={shape.shape}>
                Also {SHAPE_LABELS[shape.shape]}: {plural(shape.questions, 'question')}, from line {shape.firstLine}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="shape-report__counts">
          Seen: {describeSeen(report.seen)}. Made <strong>{plural(report.questions, 'question')}</strong> from{' '}
          {plural(report.candidateBlocks, 'block')} that could each be one.
        </p>
        {report.lowYield ? (
          <div className="shape-report__warning" role="alert">
            <strong>
              Only {plural(report.questions, 'question')} from {plural(report.candidateBlocks, 'possible question')}.
            </strong>{' '}
            The file may be laid out differently from what was detected. Read it another way below, or check the skipped parts before
            committing.
          </div>
        ) : null}
        <fieldset className="interpretation" disabled={busy || reinterpreting}>
          <legend>Read the file as</legend>
          <div className="interpretation__options">
            {INTERPRETATION_OPTIONS.map((option) => (
              <label key={option.value} className={`interpretation__option${choice === option.value ? ' is-chosen' : ''}`}>
                <input
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={choice === option.value}
                  onChange={() => setChoice(option.value)}
                />
                <span>
                  {option.label}
                  <span className="interpretation__hint">{option.hint}</span>
                </span>
              </label>
            ))}
          </div>
          {onReinterpret ? (
            <button
              type="button"
              className="button"
              onClick={() => onReinterpret(choice)}
              disabled={choice === report.interpretation || busy || reinterpreting}
            >
              {reinterpreting ? 'Reading the file again…' : 'Preview again'}
            </button>
          ) : (
            <label className="interpretation__again">
              <span className="muted small">To read it another way, choose the file again:</span>
              <input
                type="file"
                accept=".md,.markdown,.txt"
                onChange={(event) => {
                  const chosen = event.target.files?.[0];
                  if (chosen) onChooseAgain(chosen);
                }}
              />
            </label>
          )}
        </fieldset>
      </div>
    </section>
  );
}
