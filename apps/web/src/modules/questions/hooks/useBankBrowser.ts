import type { ApolloClient, WatchQueryFetchPolicy } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { BankDocument, BankFacetsDocument } from '../../../generated/graphql';
import { describeError } from '../../errors';
import { plural } from '../../format';
import { activeFilterCount, readBankSearch, toFilterInput, type BankSearchState } from '../utils/bank-search-params';
import { useBankSearch } from './useBankSearch';

export const PAGE_SIZE = 25;

function bankVariables(state: BankSearchState) {
  return { search: state.search.trim() || null, filter: toFilterInput(state) };
}

/** The search and filters `prefetchBankBrowser` sent last, until the page takes them (the page is then the fetch). */
let prefetched: string | null = null;

/**
 * Sends the page's two queries for the URL's search straight away, before the page renders: on the first
 * load of /bank they then travel beside the route guard's `Me` instead of after it. The page's own
 * queries join them (Apollo shares a request in flight) or read their answer from the cache, so the
 * bank is asked once.
 */
export function prefetchBankBrowser(client: ApolloClient, search: URLSearchParams, context: Record<string, unknown>): void {
  const variables = bankVariables(readBankSearch(search));
  prefetched = JSON.stringify(variables);
  const ignore = () => undefined; // the page's own queries show any error
  client.query({ query: BankDocument, variables: { ...variables, first: PAGE_SIZE }, context, fetchPolicy: 'network-only' }).catch(ignore);
  client.query({ query: BankFacetsDocument, variables, context, fetchPolicy: 'network-only' }).catch(ignore);
}

/** `cache-first` for the page's first fetch when these results were just prefetched; otherwise the cache is refreshed. */
function takePrefetched(variables: ReturnType<typeof bankVariables>): WatchQueryFetchPolicy {
  const fresh = prefetched === JSON.stringify(variables);
  prefetched = null;
  return fresh ? 'cache-first' : 'cache-and-network';
}

/** After the first fetch, a new search or filter always asks the server (and shows the cached answer meanwhile). */
function nextFetchPolicy(
  current: WatchQueryFetchPolicy,
  { reason }: { reason: 'after-fetch' | 'variables-changed' },
): WatchQueryFetchPolicy {
  return reason === 'variables-changed' ? 'cache-and-network' : current;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The bank page's search: the query and filters in the URL, the results a page at a time, and the
 * keyboard ("/" focuses the search, j or ↓ walks the results, ↑ from the first goes back to the search).
 */
export function useBankBrowser() {
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const search = useBankSearch();
  const { state } = search;
  const variables = bankVariables(state);
  // Read once, when the page mounts (a prefetch is for the page's first fetch only).
  const [fetchPolicy] = useState(() => takePrefetched(variables));
  const results = useQuery(BankDocument, { variables: { ...variables, first: PAGE_SIZE }, fetchPolicy, nextFetchPolicy });
  const facets = useQuery(BankFacetsDocument, { variables, fetchPolicy, nextFetchPolicy });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);

  const data = results.data ?? results.previousData;
  const bank = data?.bank;
  const searching = state.search.trim().length > 0;
  const filtered = activeFilterCount(state) > 0;

  function resultLinks(): HTMLElement[] {
    return Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-result]') ?? []);
  }

  function navigate(from: HTMLElement | null, step: 1 | -1) {
    const links = resultLinks();
    const index = from ? links.indexOf(from) : -1;
    const next = index + step;
    if (next < 0) searchRef.current?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  }

  // "/" focuses the search from anywhere on the page; j or ↓ starts walking the results.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
      if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if ((event.key === 'j' || event.key === 'ArrowDown') && !(event.target as HTMLElement).closest?.('[data-result]')) {
        const first = listRef.current?.querySelector<HTMLElement>('[data-result]');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  async function loadMore() {
    if (!bank?.pageInfo.endCursor) return;
    const firstNew = bank.edges.length;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await results.fetchMore({
        variables: { after: bank.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          bank: { ...fetchMoreResult.bank, edges: [...previous.bank.edges, ...fetchMoreResult.bank.edges] },
        }),
      });
      // Keyboard users continue where the new results start.
      requestAnimationFrame(() => resultLinks()[firstNew]?.focus());
    } catch (error) {
      setLoadMoreError(describeError(error).message);
    } finally {
      setLoadingMore(false);
    }
  }

  const verb = bank?.totalCount === 1 ? 'matches' : 'match';
  const heading = !bank
    ? 'Questions'
    : searching
      ? `${plural(bank.totalCount, 'question')} ${verb} “${state.search.trim()}”`
      : filtered
        ? `${plural(bank.totalCount, 'question')} ${verb} the filters`
        : `${plural(bank.totalCount, 'question')} in the bank`;

  return {
    ...search,
    searchRef,
    listRef,
    results,
    facets,
    bank,
    searching,
    filtered,
    heading,
    navigate,
    loadMore,
    loadingMore,
    loadMoreError,
  };
}

export type BankBrowser = ReturnType<typeof useBankBrowser>;
