import { describeError } from '../../errors';
import { Alert, LoadingState } from '../../ui';
import { PAGE_SIZE, type BankBrowser } from '../hooks/useBankBrowser';
import { BankEmptyState } from './BankEmptyState';
import { BankResults } from './BankResults';
import { DidYouMean } from './DidYouMean';
import '../questions.css';

/** The count as a heading, the keyboard shortcuts, and the results a page at a time. */
export function BankResultsSection({ browser, editor }: { browser: BankBrowser; editor: boolean }) {
  const { results, bank, heading, listRef, navigate, loadingMore, loadMoreError } = browser;
  return (
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

      {bank && browser.searching ? <DidYouMean suggestion={bank.didYouMean} state={browser.state} /> : null}

      {results.error && !bank ? (
        <Alert tone="error">{describeError(results.error).message}</Alert>
      ) : !bank ? (
        <LoadingState label="Loading questions…" />
      ) : bank.totalCount === 0 ? (
        <BankEmptyState browser={browser} editor={editor} />
      ) : (
        <div ref={listRef} className={results.loading ? 'is-refreshing' : undefined}>
          <BankResults edges={bank.edges} onNavigate={navigate} />
          <div className="results-footer">
            <p className="muted small">
              Showing {bank.edges.length} of {bank.totalCount}
            </p>
            {bank.pageInfo.hasNextPage ? (
              <button type="button" className="button" onClick={() => void browser.loadMore()} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : `Load ${Math.min(PAGE_SIZE, bank.totalCount - bank.edges.length)} more`}
              </button>
            ) : null}
          </div>
          {loadMoreError ? <Alert tone="error">{loadMoreError}</Alert> : null}
        </div>
      )}
    </section>
  );
}
