import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { BankImportFieldsFragment, DuplicateAction, ImportOutcome, MarkdownInterpretation } from '../../../generated/graphql';
import { QuestionChips } from '../../questions';
import { formatDateTime, plural } from '../../format';
import { Alert } from '../../ui';
import { decideAll, undecidedCount, type Decisions } from '../utils/decisions';
import { ShapeReport } from './ShapeReport';
import '../bank-imports.css';

type Item = BankImportFieldsFragment['items'][number];

export const OUTCOME_LABELS: Record<ImportOutcome, string> = {
  NEW: 'New',
  MERGED: 'Merged',
  POSSIBLE_DUPLICATE: 'Possible duplicate',
  UNCHANGED: 'Unchanged',
};

/** How many rows of one outcome render before "Show all". */
const ROW_LIMIT = 200;

function sourceLabel(source: { item: number | null; line: number | null }): string {
  if (source.item !== null) return `Item ${source.item}`;
  if (source.line !== null) return `Line ${source.line}`;
  return '—';
}

interface DecisionProps {
  item: Item;
  value: DuplicateAction | undefined;
  onChange: (action: DuplicateAction) => void;
}

function DuplicateDecision({ item, value, onChange }: DecisionProps) {
  const name = useId();
  const label = `Decision for “${item.prompt.length > 60 ? `${item.prompt.slice(0, 59)}…` : item.prompt}”`;
  return (
    <fieldset className="decision" aria-label={label}>
      <legend className="visually-hidden">{label}</legend>
      <label className={`decision__option${value === 'KEEP_BOTH' ? ' is-chosen' : ''}`}>
        <input type="radio" name={name} value="KEEP_BOTH" checked={value === 'KEEP_BOTH'} onChange={() => onChange('KEEP_BOTH')} />
        Keep both
      </label>
      <label className={`decision__option${value === 'MERGE' ? ' is-chosen' : ''}`}>
        <input type="radio" name={name} value="MERGE" checked={value === 'MERGE'} onChange={() => onChange('MERGE')} />
        Merge
      </label>
    </fieldset>
  );
}

function SimilarList({ item, items }: { item: Item; items: readonly Item[] }) {
  if (item.similar.length === 0) return null;
  return (
    <ul className="similar">
      {item.similar.map((similar, index) => {
        const draft = similar.draftIndex !== null ? items.find((other) => other.index === similar.draftIndex) : undefined;
        return (
          <li key={index}>
            <span className="similar__label">Similar to</span>{' '}
            {similar.questionId ? (
              <Link to={`/bank/questions/${similar.questionId}`} target="_blank" rel="noreferrer">
                {similar.prompt}
              </Link>
            ) : (
              <span className="similar__prompt">{similar.prompt}</span>
            )}{' '}
            <span className="score" title="Similarity of the prompts">
              {Math.round(similar.score * 100)}% similar
            </span>{' '}
            <span className="muted small">
              {similar.questionId
                ? '· in the bank'
                : draft
                  ? `· ${sourceLabel(draft.sources[0] ?? { item: null, line: null }).toLowerCase()} of this file`
                  : '· in this file'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

interface ImportPreviewProps {
  bankImport: BankImportFieldsFragment;
  decisions: Decisions;
  onDecisions: (decisions: Decisions) => void;
  /** confirmLowYield: the person chose to import a low-yield preview as it is. */
  onCommit: (confirmLowYield: boolean) => void;
  onDiscard: () => void;
  /** Previews the file again read another way; null when the browser no longer has the file. */
  onReinterpret?: ((interpretation: MarkdownInterpretation) => void) | null;
  onChooseAgain?: (file: File) => void;
  reinterpreting?: boolean;
  committing: boolean;
  discarding: boolean;
  error: string | null;
}

/** Step 3: what importing would do, item by item, and a decision for each possible duplicate. */
export function ImportPreview({
  bankImport,
  decisions,
  onDecisions,
  onCommit,
  onDiscard,
  onReinterpret = null,
  onChooseAgain = () => undefined,
  reinterpreting = false,
  committing,
  discarding,
  error,
}: ImportPreviewProps) {
  const { summary, items, skipped } = bankImport;
  const [filter, setFilter] = useState<ImportOutcome | 'ALL'>(summary.possibleDuplicates > 0 ? 'POSSIBLE_DUPLICATE' : 'ALL');
  const [showAll, setShowAll] = useState(false);
  const remaining = undecidedCount(bankImport, decisions);
  const visible = filter === 'ALL' ? items : items.filter((item) => item.outcome === filter);
  const rows = showAll ? visible : visible.slice(0, ROW_LIMIT);
  const busy = committing || discarding || reinterpreting;
  const lowYield = bankImport.report?.lowYield ?? false;
  const [confirmedLowYield, setConfirmedLowYield] = useState(false);
  const blocked = remaining > 0 || (lowYield && !confirmedLowYield);

  const counts: Array<[ImportOutcome | 'ALL', string, number]> = [
    ['ALL', 'All', items.length],
    ['NEW', 'New', items.filter((i) => i.outcome === 'NEW').length],
    ['MERGED', 'Merged', items.filter((i) => i.outcome === 'MERGED').length],
    ['POSSIBLE_DUPLICATE', 'Possible duplicates', items.filter((i) => i.outcome === 'POSSIBLE_DUPLICATE').length],
    ['UNCHANGED', 'Unchanged', items.filter((i) => i.outcome === 'UNCHANGED').length],
  ];

  function decide(index: number, action: DuplicateAction) {
    const next = new Map(decisions);
    next.set(index, action);
    onDecisions(next);
  }

  return (
    <div className="import-preview">
      {bankImport.alreadyImported ? (
        <Alert tone="info">
          <strong>This file was already imported.</strong> Committing it again changes nothing that is already in the bank.
        </Alert>
      ) : null}

      <section className="card" aria-labelledby="summary-heading">
        <div className="card__header card__header--inline">
          <h2 id="summary-heading">
            {bankImport.fileName} <span className="muted small">· {plural(summary.items, 'question')} found</span>
          </h2>
          <span className="muted small">Previewed {formatDateTime(bankImport.createdAt)}</span>
        </div>
        <dl className="stats" aria-label="Summary">
          <div className="stat stat--new">
            <dt>New</dt>
            <dd>{summary.new}</dd>
          </div>
          <div className="stat stat--merged">
            <dt>Merged</dt>
            <dd>{summary.merged}</dd>
          </div>
          <div className="stat stat--duplicate">
            <dt>Possible duplicates</dt>
            <dd>{summary.possibleDuplicates}</dd>
          </div>
          <div className="stat">
            <dt>Unchanged</dt>
            <dd>{summary.unchanged}</dd>
          </div>
          <div className="stat stat--skipped">
            <dt>Skipped</dt>
            <dd>{summary.skipped}</dd>
          </div>
        </dl>
        <p className="muted small">
          <strong>Merged</strong>: the exact same question appears more than once (in the file or already in the bank); it becomes one
          question that remembers every source. <strong>Possible duplicates</strong> are only similar: you decide.
        </p>
      </section>

      {bankImport.report ? (
        <ShapeReport
          key={bankImport.id}
          report={bankImport.report}
          onReinterpret={onReinterpret}
          onChooseAgain={onChooseAgain}
          reinterpreting={reinterpreting}
          busy={committing || discarding}
        />
      ) : null}

      <section className="card card--flush" aria-labelledby="items-heading">
        <div className="card__header card__header--inline">
          <h2 id="items-heading">Questions in the file</h2>
          {summary.possibleDuplicates > 0 ? (
            <div className="bulk-decisions">
              <span className="muted small">All possible duplicates:</span>
              <button
                type="button"
                className="button button--small"
                onClick={() => onDecisions(decideAll(bankImport, 'KEEP_BOTH'))}
                disabled={busy}
              >
                Keep all
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => onDecisions(decideAll(bankImport, 'MERGE'))}
                disabled={busy}
              >
                Merge all
              </button>
            </div>
          ) : null}
        </div>
        <div className="card__body">
          <div className="segmented" role="group" aria-label="Show questions">
            {counts.map(([value, label, count]) => (
              <button
                key={value}
                type="button"
                className="segmented__option"
                aria-pressed={filter === value}
                onClick={() => {
                  setFilter(value);
                  setShowAll(false);
                }}
              >
                {label} <span className="segmented__count">{count}</span>
              </button>
            ))}
          </div>
        </div>
        {rows.length === 0 ? (
          <div className="card__body">
            <p className="muted">No questions with this outcome.</p>
          </div>
        ) : (
          <div className="table-wrap">
            <table className="table table--import">
              <caption className="visually-hidden">Questions in {bankImport.fileName}</caption>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Question</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Decision</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((item) => (
                  <tr
                    key={item.index}
                    className={item.outcome === 'POSSIBLE_DUPLICATE' && !decisions.has(item.index) ? 'needs-decision' : undefined}
                  >
                    <td className="cell-source">{sourceLabel(item.sources[0] ?? { item: null, line: null })}</td>
                    <th scope="row" className="cell-question">
                      <span className="cell-question__prompt">{item.prompt}</span>
                      <span className="cell-question__meta">
                        <QuestionChips type={item.type} difficulty={item.difficulty} tags={item.tags} />
                        {item.rubricPoints > 0 ? <span className="muted small">{plural(item.rubricPoints, 'rubric point')}</span> : null}
                      </span>
                      <SimilarList item={item} items={items} />
                    </th>
                    <td className="cell-outcome">
                      <span className={`outcome outcome--${item.outcome.toLowerCase().replace('_', '-')}`}>
                        {OUTCOME_LABELS[item.outcome]}
                      </span>
                      {item.outcome === 'POSSIBLE_DUPLICATE' && item.similar.length > 0 ? null : (
                        <span className="cell-outcome__reason">{item.reason}</span>
                      )}
                    </td>
                    <td className="cell-decision">
                      {item.outcome === 'POSSIBLE_DUPLICATE' ? (
                        <DuplicateDecision
                          item={item}
                          value={decisions.get(item.index)}
                          onChange={(action) => decide(item.index, action)}
                        />
                      ) : (
                        <span className="muted small">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {visible.length > rows.length ? (
          <div className="card__body">
            <button type="button" className="button button--small" onClick={() => setShowAll(true)}>
              Show all {visible.length}
            </button>
          </div>
        ) : null}
      </section>

      {skipped.length > 0 ? (
        <section className="card card--flush" aria-labelledby="skipped-heading">
          <div className="card__header">
            <h2 id="skipped-heading">Skipped ({skipped.length})</h2>
            <p className="muted">Left out of the import, each with the reason. Fix them in the file and import it again if they matter.</p>
          </div>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Skipped parts of {bankImport.fileName}</caption>
              <thead>
                <tr>
                  <th scope="col">Where</th>
                  <th scope="col">Text</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {skipped.map((entry, index) => (
                  <tr key={index}>
                    <td className="cell-source">{entry.source.line !== null ? `Line ${entry.source.line}` : sourceLabel(entry.source)}</td>
                    <td className="cell-excerpt">{entry.excerpt}</td>
                    <td>{entry.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <div className="commit-bar" role="region" aria-label="Commit the import">
        <p className="commit-bar__status" aria-live="polite">
          {remaining > 0
            ? `Decide ${plural(remaining, 'more possible duplicate')} to commit.`
            : lowYield && !confirmedLowYield
              ? 'Few questions for the size of the file: read it another way, or confirm to import it as it is.'
              : summary.new + summary.merged + summary.possibleDuplicates === 0
                ? 'Nothing new to add: committing only records the import.'
                : 'Ready: everything is decided.'}
        </p>
        {lowYield ? (
          <label className="commit-bar__confirm">
            <input type="checkbox" checked={confirmedLowYield} onChange={(event) => setConfirmedLowYield(event.target.checked)} />
            Import only {plural(summary.items, 'question')} anyway
          </label>
        ) : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="commit-bar__actions">
          <button type="button" className="button button--quiet-danger" onClick={onDiscard} disabled={busy}>
            {discarding ? 'Discarding…' : 'Discard'}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => onCommit(lowYield && confirmedLowYield)}
            disabled={busy || blocked}
          >
            {committing ? 'Committing…' : remaining > 0 ? `Commit (${remaining} to decide)` : 'Commit import'}
          </button>
        </div>
      </div>
    </div>
  );
}
