import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { BankDocument, BankFacetsDocument } from '../../generated/graphql';
import { aSummary } from '../../testing/bank-fixtures';
import { aViewer } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { BankPage } from './BankPage';

const facets = (types: Array<[string, number]>) => ({
  __typename: 'QuestionFacets' as const,
  types: types.map(([value, count]) => ({ __typename: 'FacetCount' as const, value, count })),
  difficulties: [{ __typename: 'FacetCount' as const, value: 'MID', count: 2 }],
  competencies: [{ __typename: 'FacetCount' as const, value: 'api-design', count: 1 }],
  tags: [{ __typename: 'FacetCount' as const, value: 'Kafka', count: 1 }],
  hasRubric: [
    { __typename: 'FacetCount' as const, value: 'true', count: 1 },
    { __typename: 'FacetCount' as const, value: 'false', count: 1 },
  ],
});

function bankMock(
  search: string | null,
  filter: object,
  edges: Array<{ node: ReturnType<typeof aSummary>; highlight: Array<{ text: string; match: boolean }> }>,
) {
  return {
    request: { query: BankDocument, variables: { search, filter, first: 25 } },
    result: {
      data: {
        bank: {
          __typename: 'QuestionConnection' as const,
          totalCount: edges.length,
          didYouMean: null,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
          edges: edges.map((edge) => ({
            __typename: 'QuestionEdge' as const,
            cursor: `c-${edge.node.id}`,
            node: edge.node,
            highlight: edge.highlight.map((segment) => ({ __typename: 'TextSegment' as const, ...segment })),
          })),
        },
      },
    },
  };
}

function facetsMock(search: string | null, filter: object, types: Array<[string, number]> = [['TECHNICAL', 1]]) {
  return { request: { query: BankFacetsDocument, variables: { search, filter } }, result: { data: { bankFacets: facets(types) } } };
}

const kafka = aSummary();
const coding = aSummary({ id: 'q-2', prompt: 'Refactor this consumer loop.', type: 'CODING', tags: [], hasLookFor: false });

describe('BankPage', () => {
  it('shows the search from the URL, the total and the prompt with its matches marked', async () => {
    renderWithApp(<BankPage />, {
      viewer: aViewer('INTERVIEWER'),
      path: '/bank?q=kafka',
      route: '/bank',
      mocks: [
        bankMock('kafka', {}, [
          {
            node: kafka,
            highlight: [
              { text: 'How would you monitor ', match: false },
              { text: 'Kafka', match: true },
              { text: ' consumer lag?', match: false },
            ],
          },
        ]),
        {
          request: { query: BankFacetsDocument, variables: { search: 'kafka', filter: {} } },
          result: { data: { bankFacets: facets([['TECHNICAL', 1]]) } },
        },
      ],
    });

    expect(screen.getByRole('searchbox', { name: 'Search the bank' })).toHaveValue('kafka');
    expect(await screen.findByRole('heading', { name: '1 question matches “kafka”' })).toBeInTheDocument();
    const result = screen.getByRole('link', { name: 'How would you monitor Kafka consumer lag?' });
    expect(result).toHaveAttribute('href', '/bank/questions/q-1');
    expect(within(result).getByText('Kafka', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText('Look-for')).toBeInTheDocument();
    // Readers get no editing entry points.
    expect(screen.queryByRole('link', { name: 'Import' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New question' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bank health' })).toBeInTheDocument();
  });

  it('toggling a facet puts it in the URL and asks for the filtered results', async () => {
    renderWithApp(<BankPage />, {
      viewer: aViewer('HIRING_MANAGER'),
      path: '/bank',
      mocks: [
        bankMock(null, {}, [
          { node: kafka, highlight: [] },
          { node: coding, highlight: [] },
        ]),
        {
          request: { query: BankFacetsDocument, variables: { search: null, filter: {} } },
          result: {
            data: {
              bankFacets: facets([
                ['TECHNICAL', 1],
                ['CODING', 1],
              ]),
            },
          },
        },
        bankMock(null, { types: ['CODING'] }, [{ node: coding, highlight: [] }]),
        facetsMock(null, { types: ['CODING'] }, [
          ['TECHNICAL', 1],
          ['CODING', 1],
        ]),
        // Clearing the filter asks again (cache-and-network).
        bankMock(null, {}, [
          { node: kafka, highlight: [] },
          { node: coding, highlight: [] },
        ]),
        facetsMock(null, {}, [
          ['TECHNICAL', 1],
          ['CODING', 1],
        ]),
      ],
    });

    expect(await screen.findByRole('heading', { name: '2 questions in the bank' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import' })).toHaveAttribute('href', '/bank/import');

    const codingFilter = await screen.findByRole('checkbox', { name: /Coding \/ code review/ });
    fireEvent.click(codingFilter);

    expect(screen.getByTestId('location-search')).toHaveTextContent('?type=CODING');
    expect(await screen.findByRole('heading', { name: '1 question matches the filters' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Coding \/ code review/ })).toBeChecked();
    expect(screen.queryByRole('link', { name: kafka.prompt })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(screen.getByTestId('location-search')).toBeEmptyDOMElement();
  });

  it('debounces typing into the URL', async () => {
    jest.useFakeTimers();
    try {
      renderWithApp(<BankPage />, {
        viewer: aViewer('RECRUITER'),
        path: '/bank',
        mocks: [bankMock(null, {}, []), facetsMock(null, {}), bankMock('rate limiting', {}, []), facetsMock('rate limiting', {})],
      });
      fireEvent.change(screen.getByRole('searchbox', { name: 'Search the bank' }), { target: { value: 'rate limiting' } });
      expect(screen.getByTestId('location-search')).toBeEmptyDOMElement();
      act(() => jest.advanceTimersByTime(300));
      await waitFor(() => expect(screen.getByTestId('location-search')).toHaveTextContent('?q=rate+limiting'));
    } finally {
      jest.useRealTimers();
    }
  });

  it('"/" focuses the search and ↓ moves into the results', async () => {
    renderWithApp(<BankPage />, {
      viewer: aViewer('INTERVIEWER'),
      path: '/bank',
      mocks: [
        bankMock(null, {}, [
          { node: kafka, highlight: [] },
          { node: coding, highlight: [] },
        ]),
        facetsMock(null, {}),
      ],
    });
    const first = await screen.findByRole('link', { name: kafka.prompt });
    const search = screen.getByRole('searchbox', { name: 'Search the bank' });

    fireEvent.keyDown(document.body, { key: '/' });
    expect(search).toHaveFocus();
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(first).toHaveFocus();
    fireEvent.keyDown(first, { key: 'j' });
    expect(screen.getByRole('link', { name: coding.prompt })).toHaveFocus();
    fireEvent.keyDown(screen.getByRole('link', { name: coding.prompt }), { key: 'k' });
    expect(first).toHaveFocus();
  });
});
