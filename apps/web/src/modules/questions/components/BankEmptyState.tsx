import { Link } from 'react-router';
import type { BankBrowser } from '../hooks/useBankBrowser';
import { clearFilters } from '../utils/bank-search-params';
import '../questions.css';

/** Nothing matches (with tips and ways out), or the bank has no questions yet. */
export function BankEmptyState({ browser, editor }: { browser: BankBrowser; editor: boolean }) {
  const { searching, filtered, state, update } = browser;
  if (searching || filtered) {
    return (
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
    );
  }
  return (
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
  );
}
