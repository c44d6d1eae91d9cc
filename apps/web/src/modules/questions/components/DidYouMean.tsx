import { Link } from 'react-router';
import { writeBankSearch, type BankSearchState } from '../utils/bank-search-params';
import '../questions.css';

/** "Did you mean idempotency?": a link that runs the search corrected from the bank's own words. */
export function DidYouMean({ suggestion, state }: { suggestion: string | null | undefined; state: BankSearchState }) {
  if (!suggestion || suggestion.trim().toLowerCase() === state.search.trim().toLowerCase()) return null;
  return (
    <p className="did-you-mean" role="status">
      Did you mean{' '}
      <Link to={{ search: `?${writeBankSearch({ ...state, search: suggestion }).toString()}` }} className="did-you-mean__link">
        {suggestion}
      </Link>
      ?
    </p>
  );
}
