import { screen, within } from '@testing-library/react';
import type { ScorecardStatus } from '../../generated/graphql';
import { MyInterviewsDocument } from '../../generated/graphql';
import { PHONE_QUERY } from '../../modules/ui';
import { aViewer } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { MyInterviewsPage } from './MyInterviewsPage';

function myInterview(id: string, candidate: string, status: ScorecardStatus | null, roundName: string | null = 'System design') {
  return {
    __typename: 'Interview' as const,
    id,
    jobTitle: 'Senior Backend Engineer',
    roundName,
    scheduledAt: '2026-11-03T10:00:00.000Z',
    durationMinutes: 45,
    candidate: { __typename: 'CandidateBrief' as const, id: `cand-${id}`, name: candidate },
    kit: { __typename: 'InterviewKit' as const, title: 'Backend — system design' },
    myScorecard: status
      ? {
          __typename: 'Scorecard' as const,
          id: `sc-${id}`,
          status,
          submittedAt: status === 'SUBMITTED' ? '2026-11-03T11:00:00.000Z' : null,
        }
      : null,
  };
}

const mock = (interviews: ReturnType<typeof myInterview>[]) => ({
  request: { query: MyInterviewsDocument },
  result: { data: { myInterviews: interviews } },
});

describe('MyInterviewsPage', () => {
  it('lists interviews to score first, each with the way into scoring that fits the scorecard', async () => {
    renderWithApp(<MyInterviewsPage />, {
      viewer: aViewer('INTERVIEWER'),
      path: '/my-interviews',
      mocks: [
        mock([
          myInterview('iv-1', 'Casey Candidate', 'PENDING'),
          myInterview('iv-2', 'Dev Candidate', 'DRAFT', null),
          myInterview('iv-3', 'Eli Candidate', 'SUBMITTED'),
        ]),
      ],
    });

    const toScore = await screen.findByRole('table', { name: 'Interviews to score' });
    const rows = within(toScore).getAllByTestId('my-interview');
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Casey Candidate', 'Dev Candidate']);
    expect(within(rows[0]).getByText('Senior Backend Engineer')).toBeInTheDocument();
    expect(within(rows[0]).getByText('System design')).toBeInTheDocument();
    expect(within(rows[0]).getByText('45 min')).toBeInTheDocument();
    expect(within(rows[0]).getByTestId('panel-seat-status')).toHaveTextContent('Pending');
    expect(within(rows[0]).getByRole('link', { name: /^Start scoring/ })).toHaveAttribute('href', '/interviews/iv-1');
    expect(within(rows[1]).getByTestId('panel-seat-status')).toHaveTextContent('Draft');
    expect(within(rows[1]).getByRole('link', { name: 'Continue scoring: Dev Candidate, Backend — system design' })).toHaveAttribute(
      'href',
      '/interviews/iv-2',
    );

    const done = screen.getByRole('table', { name: 'Interviews you have scored' });
    expect(within(done).getByTestId('panel-seat-status')).toHaveTextContent('Submitted');
    expect(within(done).getByRole('link', { name: /^View scorecard/ })).toHaveAttribute('href', '/interviews/iv-3');
  });

  it('says so when every scorecard is submitted', async () => {
    renderWithApp(<MyInterviewsPage />, {
      viewer: aViewer('HIRING_MANAGER'),
      path: '/my-interviews',
      mocks: [mock([myInterview('iv-3', 'Eli Candidate', 'SUBMITTED')])],
    });

    expect(await screen.findByText('All your scorecards are submitted.')).toBeInTheDocument();
  });

  it('has an empty state for someone on no panel yet', async () => {
    renderWithApp(<MyInterviewsPage />, { viewer: aViewer('INTERVIEWER'), path: '/my-interviews', mocks: [mock([])] });

    expect(await screen.findByRole('heading', { name: 'No interviews yet' })).toBeInTheDocument();
  });

  it('tells a recruiter they score nothing, without asking the server', () => {
    renderWithApp(<MyInterviewsPage />, { viewer: aViewer('RECRUITER'), path: '/my-interviews' });

    expect(screen.getByText(/Your role \(Recruiter\) schedules interviews but does not score them/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  describe('on a phone', () => {
    const realMatchMedia = window.matchMedia;
    beforeEach(() => {
      window.matchMedia = ((query: string) => ({
        matches: query === PHONE_QUERY,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      })) as unknown as typeof window.matchMedia;
    });
    afterEach(() => {
      window.matchMedia = realMatchMedia;
    });

    it('shows each interview as a card with the way into scoring, not a table that scrolls sideways', async () => {
      renderWithApp(<MyInterviewsPage />, {
        viewer: aViewer('INTERVIEWER'),
        path: '/my-interviews',
        mocks: [mock([myInterview('iv-1', 'Casey Candidate', 'PENDING'), myInterview('iv-3', 'Eli Candidate', 'SUBMITTED')])],
      });

      const toScore = await screen.findByRole('list', { name: 'Interviews to score' });
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      const card = within(toScore).getByTestId('my-interview');
      expect(within(card).getByRole('heading', { name: 'Casey Candidate' })).toBeInTheDocument();
      expect(within(card).getByRole('link', { name: /^Start scoring/ })).toHaveAttribute('href', '/interviews/iv-1');
      const scored = within(screen.getByRole('list', { name: 'Interviews you have scored' })).getByTestId('my-interview');
      expect(within(scored).getByRole('link', { name: 'Panel scorecard: Eli Candidate' })).toBeInTheDocument();
    });
  });
});
