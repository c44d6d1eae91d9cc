import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { readBankSearch, writeBankSearch, type BankSearchState } from '../utils/bank-search-params';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 250;

export interface BankSearch {
  /** What the URL says: the search and filters the results are for. */
  state: BankSearchState;
  /** What is in the search field right now (ahead of `state.search` while typing). */
  text: string;
  setText: (text: string) => void;
  /** A new history entry, so Back undoes a filter change. */
  update: (next: BankSearchState) => void;
}

/**
 * The bank page's search and filters, kept in the query string so they survive a reload and Back.
 * Typing is debounced and replaces the history entry; filter changes push a new one.
 */
export function useBankSearch(): BankSearch {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readBankSearch(params), [params]);
  const [text, setText] = useState(state.search);
  const written = useRef(state.search);

  // Back/forward or a link changed the search: show it in the field.
  useEffect(() => {
    if (state.search !== written.current) {
      written.current = state.search;
      setText(state.search);
    }
  }, [state.search]);

  useEffect(() => {
    if (text === state.search) return undefined;
    const timer = setTimeout(() => {
      written.current = text;
      setParams(writeBankSearch({ ...state, search: text }), { replace: true });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, state, setParams]);

  const update = useCallback(
    (next: BankSearchState) => {
      written.current = next.search;
      setText(next.search);
      setParams(writeBankSearch(next));
    },
    [setParams],
  );

  return { state, text, setText, update };
}
