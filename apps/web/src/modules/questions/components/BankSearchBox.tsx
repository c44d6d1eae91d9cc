import { useId } from 'react';
import type { BankBrowser } from '../hooks/useBankBrowser';
import '../questions.css';

/** The search field: ↓ walks into the results, Escape clears it, "/" (anywhere) comes back to it. */
export function BankSearchBox({ browser }: { browser: BankBrowser }) {
  const searchId = useId();
  const { text, setText, searchRef, navigate } = browser;
  return (
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
          Words match any form (“cache” finds “caching”). Use <code>"an exact phrase"</code>, <code>-word</code> to exclude, and{' '}
          <code>or</code> between alternatives.
        </p>
      </div>
    </div>
  );
}
