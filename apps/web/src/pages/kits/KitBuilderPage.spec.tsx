import { screen } from '@testing-library/react';
import { BankDocument, BankFacetsDocument } from '../../generated/graphql';
import { PANEL_PAGE_SIZE } from '../../modules/kits/components/KitBankPanel';
import { aViewer } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { KitBuilderPage } from './KitBuilderPage';

const emptyBank = {
  request: { query: BankDocument, variables: { search: null, filter: null, first: PANEL_PAGE_SIZE } },
  result: {
    data: {
      bank: {
        __typename: 'QuestionConnection' as const,
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
};
const noFacets = {
  request: { query: BankFacetsDocument, variables: { search: null, filter: null } },
  result: {
    data: { bankFacets: { __typename: 'QuestionFacets' as const, types: [], difficulties: [], competencies: [], tags: [], hasRubric: [] } },
  },
};

describe('KitBuilderPage', () => {
  it('sends recruiters and interviewers to the read-only preview', () => {
    renderWithApp(<KitBuilderPage />, {
      viewer: aViewer('INTERVIEWER'),
      path: '/kits/kit-1',
      route: '/kits/:id',
      routes: [{ path: '/kits/:id/preview', element: <p>Preview</p> }],
    });
    expect(screen.getByTestId('location')).toHaveTextContent('/kits/kit-1/preview');
  });

  it('starts a new kit for a hiring manager with a 45-minute length and the default 4-point scale', async () => {
    renderWithApp(<KitBuilderPage />, {
      viewer: aViewer('HIRING_MANAGER'),
      path: '/kits/new',
      route: '/kits/:id',
      mocks: [emptyBank, noFacets],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'New kit' })).toBeInTheDocument();
    expect(screen.getByLabelText('Interview length (minutes)')).toHaveValue(45);
    expect(screen.getByRole('button', { name: '4 points' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('0 min')).toBeInTheDocument();
    expect(screen.getByText('The kit has no questions yet.')).toBeInTheDocument();
    expect(await screen.findByText('0 questions in the bank')).toBeInTheDocument();
  });
});
