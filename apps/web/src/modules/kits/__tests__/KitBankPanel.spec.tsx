import { fireEvent, screen } from '@testing-library/react';
import { BankDocument } from '../../../generated/graphql';
import { aSummary } from '../../../testing/bank-fixtures';
import { renderWithApp } from '../../../testing/render';
import { KitBankPanel, PANEL_PAGE_SIZE } from '../components/KitBankPanel';

const kafka = aSummary();
const limiter = aSummary({ id: 'q-2', prompt: 'Design a rate limiter.', type: 'SYSTEM_DESIGN' });

const bankMock = {
  request: { query: BankDocument, variables: { search: null, filter: null, first: PANEL_PAGE_SIZE } },
  result: {
    data: {
      bank: {
        __typename: 'QuestionConnection' as const,
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: [kafka, limiter].map((node) => ({ __typename: 'QuestionEdge' as const, cursor: `c-${node.id}`, node, highlight: [] })),
      },
    },
  },
};

describe('KitBankPanel', () => {
  it('adds a result to the current section with Enter or `a`, and marks questions already in the kit so they cannot be added twice', async () => {
    const onAdd = jest.fn();
    renderWithApp(<KitBankPanel targetName="System design" isInKit={(id) => id === 'q-1'} onAdd={onAdd} />, { mocks: [bankMock] });

    const add = await screen.findByRole('button', { name: 'Add to System design: Design a rate limiter.' });
    expect(add).toHaveTextContent('Add to System design');
    const inKit = screen.getByRole('button', { name: 'Already in the kit: How would you monitor Kafka consumer lag?' });
    expect(inKit).toHaveAttribute('aria-disabled', 'true');
    expect(inKit).toHaveTextContent('✓ In the kit');

    fireEvent.click(inKit);
    fireEvent.keyDown(inKit, { key: 'a' });
    expect(onAdd).not.toHaveBeenCalled();

    fireEvent.keyDown(add, { key: 'a' });
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(onAdd.mock.calls[0][0]).toMatchObject({ id: 'q-2', prompt: 'Design a rate limiter.' });

    // ↓ from the search walks the results.
    const search = screen.getByRole('searchbox', { name: 'Search the bank' });
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(inKit).toHaveFocus();
    fireEvent.keyDown(inKit, { key: 'j' });
    expect(add).toHaveFocus();
  });
});
