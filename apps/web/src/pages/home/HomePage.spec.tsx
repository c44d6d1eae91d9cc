import { screen, within } from '@testing-library/react';
import { ROLE_CAPABILITIES } from '@panelist/roles';
import { aViewer } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { OverdueScorecardsDocument } from '../../generated/graphql';
import { HomePage } from './HomePage';

const overdue = {
  request: { query: OverdueScorecardsDocument },
  result: {
    data: {
      overdueScorecards: [
        {
          __typename: 'OverdueScorecard' as const,
          id: 'sc-1',
          loopId: 'loop-1',
          jobTitle: 'Senior Backend Engineer',
          roundName: 'Technical',
          status: 'DRAFT' as const,
          endedAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000 - 60_000).toISOString(),
          candidate: { __typename: 'CandidateBrief' as const, id: 'cand-1', name: 'Casey Candidate' },
          interviewer: { __typename: 'Person' as const, userId: 'user-ivo', name: 'Ivo Interviewer' },
        },
      ],
    },
  },
};

const nothingOverdue = { request: { query: OverdueScorecardsDocument }, result: { data: { overdueScorecards: [] } } };

describe('HomePage', () => {
  it('says who is signed in, with which role, where', () => {
    renderWithApp(<HomePage />, { viewer: aViewer('RECRUITER', { name: 'Rui Recruiter' }), mocks: [nothingOverdue] });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welcome, Rui');
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Signed in as Rui Recruiter — Recruiter at Acme Robotics');
  });

  it("lists what the viewer's role can do, area by area", () => {
    renderWithApp(<HomePage />, { viewer: aViewer('INTERVIEWER') });

    const table = screen.getByRole('table', { name: 'What the Interviewer role can do' });
    const row = (area: string) => within(table).getByRole('row', { name: new RegExp(area) });
    expect(row('Other interviewers')).toHaveTextContent(ROLE_CAPABILITIES.INTERVIEWER.othersScorecards);
    expect(row('Members of the organization')).toHaveTextContent('None');
    expect(within(table).getAllByRole('row')).toHaveLength(6);
  });

  it('links to Members only for roles that can see them', () => {
    const { unmount } = renderWithApp(<HomePage />, { viewer: aViewer('ADMIN'), mocks: [nothingOverdue] });
    expect(screen.getByRole('link', { name: 'Manage members' })).toHaveAttribute('href', '/members');
    unmount();

    renderWithApp(<HomePage />, { viewer: aViewer('INTERVIEWER') });
    expect(screen.queryByRole('link', { name: /members/i })).not.toBeInTheDocument();
  });

  it('shows loop managers the scorecards to chase, with the way to the loop', async () => {
    renderWithApp(<HomePage />, { viewer: aViewer('RECRUITER'), mocks: [overdue] });

    const row = await screen.findByTestId('overdue-scorecard');
    expect(row).toHaveTextContent('Ivo Interviewer');
    expect(row).toHaveTextContent('Senior Backend Engineer · Technical');
    expect(row).toHaveTextContent('2 days ago');
    expect(row).toHaveTextContent('Draft');
    expect(within(row).getByRole('link', { name: 'Casey Candidate' })).toHaveAttribute('href', '/loops/loop-1');
  });

  it('does not show interviewers anyone else’s overdue scorecards', () => {
    renderWithApp(<HomePage />, { viewer: aViewer('INTERVIEWER') });
    expect(screen.queryByTestId('scorecards-to-chase')).not.toBeInTheDocument();
  });
});
