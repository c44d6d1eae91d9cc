import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { BankDocument, type BankQuery } from '../../../generated/graphql';
import { Highlight, QuestionChips, RubricIndicator, SEARCH_DEBOUNCE_MS } from '../../questions';
import { plural } from '../../format';
import { describeError } from '../../errors';
import { Alert } from '../../ui';
import '../kits.css';

export type BankQuestion = BankQuery['bank']['edges'][number]['node'];

export const PANEL_PAGE_SIZE = 20;

interface KitBankPanelProps {
  /** Where Enter, `a` or the button adds a question; null when the kit has no section yet. */
  targetName: string | null;
  isInKit: (questionId: string) => boolean;
  onAdd: (question: BankQuestion) => void;
}

/** The bank search beside the kit: every result can be added to the current section with the keyboard. */
export function KitBankPanel({ targetName, isInKit, onAdd }: KitBankPanelProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (text === search) return undefined;
    const timer = setTimeout(() => setSearch(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, search]);

  const results = useQuery(BankDocument, {
    variables: { search: search.trim() || null, filter: null, first: PANEL_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const bank = (results.data ?? results.previousData)?.bank;
  /** Enter in the search: focus the first result once the results for that search are in. */
  const focusFirst = useRef(false);

  useEffect(() => {
    if (!focusFirst.current || results.loading || !results.data) return;
    focusFirst.current = false;
    listRef.current?.querySelector<HTMLElement>('[data-add]')?.focus();
  }, [results.loading, results.data]);

  function buttons(): HTMLElement[] {
    return Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-add]') ?? []);
  }

  function move(from: HTMLElement | null, step: 1 | -1) {
    const all = buttons();
    const next = (from ? all.indexOf(from) : -1) + step;
    if (next < 0) searchRef.current?.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  }

  function onResultKey(event: KeyboardEvent<HTMLButtonElement>, question: BankQuestion) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'j') {
      event.preventDefault();
      move(event.currentTarget, 1);
    } else if (event.key === 'ArrowUp' || event.key === 'k') {
      event.preventDefault();
      move(event.currentTarget, -1);
    } else if (event.key === 'a') {
      event.preventDefault();
      add(question);
    } else if (event.key === '/') {
      event.preventDefault();
      searchRef.current?.focus();
    }
  }

  function add(question: BankQuestion) {
    if (isInKit(question.id)) return;
    onAdd(question);
  }

  return (
    <section className="kit-bank" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="kit-bank__title">
        Add from the bank
      </h2>
      <div className="field" role="search" aria-label="Question bank">
        <label htmlFor={`${id}-search`} className="field__label">
          Search the bank
        </label>
        <input
          id={`${id}-search`}
          ref={searchRef}
          type="search"
          className="input"
          placeholder="e.g. caching, “rate limiting”"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              move(null, 1);
            } else if (event.key === 'Enter') {
              event.preventDefault();
              if (text === search && !results.loading) {
                move(null, 1);
              } else {
                focusFirst.current = true;
                setSearch(text);
              }
            } else if (event.key === 'Escape' && text) {
              setText('');
            }
          }}
        />
      </div>
      <p className="shortcuts" aria-label="Keyboard shortcuts">
        <span>
          <kbd>↓</kbd> <kbd>↑</kbd> results
        </span>
        <span>
          <kbd>Enter</kbd> or <kbd>a</kbd> add
        </span>
      </p>
      <p className="kit-bank__target" aria-live="polite">
        {targetName ? (
          <>
            Adding to <strong>{targetName}</strong>
          </>
        ) : (
          'Adding starts a section for the question’s competency.'
        )}
      </p>
      {results.error && !bank ? <Alert tone="error">{describeError(results.error).message}</Alert> : null}
      {bank ? (
        <>
          <p className="muted small" aria-live="polite">
            {search.trim()
              ? `${plural(bank.totalCount, 'question')} match “${search.trim()}”`
              : `${plural(bank.totalCount, 'question')} in the bank`}
          </p>
          <ol ref={listRef} className={`kit-bank__results${results.loading ? ' is-refreshing' : ''}`} aria-label="Bank results">
            {bank.edges.map(({ node, highlight }) => {
              const added = isInKit(node.id);
              return (
                <li key={node.id} className={`kit-result${added ? ' kit-result--added' : ''}`}>
                  <p className="kit-result__prompt">
                    <Highlight segments={highlight.length ? highlight : [{ text: node.prompt, match: false }]} />
                  </p>
                  <div className="kit-result__meta">
                    <QuestionChips type={node.type} difficulty={node.difficulty} tags={node.tags.slice(0, 2)} />
                    <RubricIndicator hasLookFor={node.hasLookFor} hasRedFlags={node.hasRedFlags} />
                  </div>
                  <button
                    type="button"
                    className={`button button--small${added ? ' button--quiet' : ''} kit-result__add`}
                    data-add
                    aria-disabled={added ? true : undefined}
                    aria-label={added ? `Already in the kit: ${node.prompt}` : `Add to ${targetName ?? 'a new section'}: ${node.prompt}`}
                    onClick={() => add(node)}
                    onKeyDown={(event) => onResultKey(event, node)}
                  >
                    {added ? '✓ In the kit' : `Add to ${targetName ?? 'a new section'}`}
                  </button>
                </li>
              );
            })}
          </ol>
          {bank.totalCount > bank.edges.length ? (
            <p className="muted small">Showing the first {bank.edges.length}; search to narrow down.</p>
          ) : null}
        </>
      ) : !results.error ? (
        <p className="muted small">Loading questions…</p>
      ) : null}
    </section>
  );
}
