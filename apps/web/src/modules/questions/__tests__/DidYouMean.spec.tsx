import { fireEvent, screen } from '@testing-library/react';
import { renderWithApp } from '../../../testing/render';
import { DidYouMean } from '../components/DidYouMean';
import { readBankSearch } from '../utils/bank-search-params';

const state = readBankSearch(new URLSearchParams('q=idempotncy+key&tag=Java'));

describe('DidYouMean', () => {
  it('links to the corrected search, keeping the filters', () => {
    renderWithApp(<DidYouMean suggestion="idempotency key" state={state} />, { path: '/bank' });
    expect(screen.getByText(/Did you mean/)).toHaveTextContent('Did you mean idempotency key?');
    fireEvent.click(screen.getByRole('link', { name: 'idempotency key' }));
    expect(screen.getByTestId('location-search')).toHaveTextContent('?q=idempotency+key&tag=Java');
  });

  it('shows nothing without a suggestion, or when it is the search itself', () => {
    renderWithApp(<DidYouMean suggestion={null} state={state} />);
    renderWithApp(<DidYouMean suggestion="Idempotncy key" state={state} />);
    expect(screen.queryByText(/Did you mean/)).not.toBeInTheDocument();
  });
});
