import { fireEvent, screen } from '@testing-library/react';
import { BankDocument, BankFacetsDocument, DeleteKitDocument, KitDocument } from '../../generated/graphql';
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

const savedKit = {
  __typename: 'Kit' as const,
  id: 'kit-1',
  roleName: 'Backend',
  title: 'System design',
  interviewMinutes: 45,
  notes: '',
  ratingScale: [1, 2, 3, 4].map((value) => ({ __typename: 'RatingPoint' as const, value, label: `Point ${value}`, anchor: '' })),
  competencyWeights: [],
  status: 'ACTIVE' as const,
  version: 2,
  clonedFromId: null,
  deletable: true,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  sections: [],
  summary: {
    __typename: 'KitSummary' as const,
    totalMinutes: 0,
    questionCount: 0,
    competenciesCovered: [],
    competenciesMissing: [],
    warnings: [],
  },
};

describe('KitBuilderPage', () => {
  it('deletes a kit nothing uses after the confirmation, and returns to the kits list', async () => {
    const deleted = jest.fn(() => ({ data: { deleteKit: 'kit-1' } }));
    renderWithApp(<KitBuilderPage />, {
      viewer: aViewer('HIRING_MANAGER'),
      path: '/kits/kit-1',
      route: '/kits/:id',
      routes: [{ path: '/kits', element: <p>The kits list</p> }],
      mocks: [
        { request: { query: KitDocument, variables: { id: 'kit-1' } }, result: { data: { kit: savedKit } } },
        { request: { query: DeleteKitDocument, variables: { id: 'kit-1', version: 2 } }, result: deleted },
        emptyBank,
        noFacets,
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('dialog', { name: 'Delete “System design”?' })).toBeInTheDocument();
    expect(deleted).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete kit' }));

    expect(await screen.findByText('The kits list')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/kits$/);
    expect(deleted).toHaveBeenCalledTimes(1);
  });

  it('offers no Delete for a kit a job or interview uses', async () => {
    renderWithApp(<KitBuilderPage />, {
      viewer: aViewer('HIRING_MANAGER'),
      path: '/kits/kit-1',
      route: '/kits/:id',
      mocks: [
        { request: { query: KitDocument, variables: { id: 'kit-1' } }, result: { data: { kit: { ...savedKit, deletable: false } } } },
        emptyBank,
        noFacets,
      ],
    });

    expect(await screen.findByRole('button', { name: 'Archive' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

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
