import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { BankDocument, BankFacetsDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { BankResults } from '../../modules/questions/components/BankResults';
import { FacetFilters } from '../../modules/questions/components/FacetFilters';
import { useBankSearch } from '../../modules/questions/hooks/useBankSearch';
import { canEditBank } from '../../modules/questions';
import { plural } from '../../modules/format';
import { activeFilterCount, clearFilters, toFilterInput } from '../../modules/questions/utils/bank-search-params';
import { describeError } from '../../modules/errors/utils/describe-error';
import { Alert } from '../../modules/ui/components/Alert';
import { LoadingState } from '../../modules/ui/components/LoadingState';
import { PageHeading } from '../../modules/ui/components/PageHeading';

export const PAGE_SIZE = 25;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function BankPage() {
  const viewer = useViewer();
  const editor = canEditBank(viewer.role);
  const searchId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const { state, text, setText, update } = useBankSearch();
  const variables = { search: state.search.trim() || null, filter: toFilterInput(state) };
  const results = useQuery(BankDocument, { variables: { ...variables, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const facets = useQuery(BankFacetsDocument, { variables, fetchPolicy: 'cache-and-network' });
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

  return (
    <div className="page">
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <PageHeading title="Question bank">Question bank</PageHeading>
          <p className="lead">Search {viewer.organization.name}’s questions and open one to see its rubric.</p>
        </div>
        <div className="page__actions">
          <Link to="/bank/health" className="button">
            Bank health
          </Link>
          {editor ? (
            <>
              <Link to="/bank/import" className="button">
                Import
              </Link>
              <Link to="/bank/questions/new" className="button button--primary">
                New question
              </Link>
            </>
          ) : null}
        </div>
      </header>

      <div className="bank-search" role="search" aria-label="Question bank">
        <div className="field">
          <label htmlFor={searchId} className="field__label">
            Search the bank
          </label>
          <div className="search-input">
            <input
              id={searchId}
              ref={searchRef}
              type="search"
              className="input search-input__field"
              placeholder="e.g. caching -redis, “rate limiting”, kafka or rabbitmq"
              autoComplete="off"
              spellCheck={false}
              value={text}
              aria-describedby={`${searchId}-hint`}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'ArrowDown') {
                  event.preventDefault();
                  navigate(null, 1);
                } else if (event.key === 'Escape' && text) {
                  setText('');
                }
              }}
            />
            <kbd className="search-input__key" aria-hidden="true">
              /
            </kbd>
          </div>
          <p id={`${searchId}-hint`} className="field__hint">
            Words match any form (“cache” finds “caching”). Use <code>"an exact phrase"</code>, <code>-word</code> to
            exclude, and <code>or</code> between alternatives.
          </p>
        </div>
      </div>

      <div className="bank-layout">
        <aside className="bank-layout__filters" aria-label="Filters">
          <FacetFilters state={state} facets={facets.data?.bankFacets ?? facets.previousData?.bankFacets} onChange={update} />
        </aside>

        <section className="bank-layout__results" aria-labelledby="results-heading" aria-busy={results.loading}>
          <div className="results-bar">
            <h2 id="results-heading" aria-live="polite">
              {heading}
            </h2>
            <p className="shortcuts" aria-label="Keyboard shortcuts">
              <span>
                <kbd>/</kbd> search
              </span>
              <span>
                <kbd>j</kbd> <kbd>k</kbd> or <kbd>↓</kbd> <kbd>↑</kbd> move
              </span>
              <span>
                <kbd>Enter</kbd> open
              </span>
            </p>
          </div>

          {results.error && !bank ? (
            <Alert tone="error">{describeError(results.error).message}</Alert>
          ) : !bank ? (
            <LoadingState label="Loading questions…" />
          ) : bank.totalCount === 0 ? (
            searching || filtered ? (
              <div className="empty-state">
                <h3>No questions match</h3>
                <ul className="empty-state__tips">
                  {searching ? <li>Check the spelling, or use fewer or more general words.</li> : null}
                  {searching ? (
                    <li>
                      Join alternatives with <code>or</code>, e.g. <code>kafka or rabbitmq</code>.
                    </li>
                  ) : null}
                  {filtered ? <li>Every selected competency and technology must apply; try removing some filters.</li> : null}
                </ul>
                <div className="empty-state__actions">
                  {filtered ? (
                    <button type="button" className="button" onClick={() => update(clearFilters(state))}>
                      Clear filters
                    </button>
                  ) : null}
                  {searching ? (
                    <button type="button" className="button" onClick={() => update({ ...state, search: '' })}>
                      Clear the search
                    </button>
                  ) : null}
                </div>
              </div>
            ) : (
              <div className="empty-state">
                <h3>The bank is empty</h3>
                {editor ? (
                  <>
                    <p className="muted">Import an existing bank (Markdown, CSV, JSON or a scraped page) or write the first question.</p>
                    <div className="empty-state__actions">
                      <Link to="/bank/import" className="button button--primary">
                        Import questions
                      </Link>
                      <Link to="/bank/questions/new" className="button">
                        Write a question
                      </Link>
                    </div>
                  </>
                ) : (
                  <p className="muted">An admin or a hiring manager imports or writes the questions your team uses.</p>
                )}
              </div>
            )
          ) : (
            <div ref={listRef} className={results.loading ? 'is-refreshing' : undefined}>
              <BankResults edges={bank.edges} onNavigate={navigate} />
              <div className="results-footer">
                <p className="muted small">
                  Showing {bank.edges.length} of {bank.totalCount}
                </p>
                {bank.pageInfo.hasNextPage ? (
                  <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
                    {loadingMore ? 'Loading…' : `Load ${Math.min(PAGE_SIZE, bank.totalCount - bank.edges.length)} more`}
                  </button>
                ) : null}
              </div>
              {loadMoreError ? <Alert tone="error">{loadMoreError}</Alert> : null}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
