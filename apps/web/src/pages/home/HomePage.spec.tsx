import { screen, within } from '@testing-library/react';
import { ROLE_CAPABILITIES } from '@panelist/roles';
import { aViewer } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { HomePage } from './HomePage';

describe('HomePage', () => {
  it('says who is signed in, with which role, where', () => {
    renderWithApp(<HomePage />, { viewer: aViewer('RECRUITER', { name: 'Rui Recruiter' }) });

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
    const { unmount } = renderWithApp(<HomePage />, { viewer: aViewer('ADMIN') });
    expect(screen.getByRole('link', { name: 'Manage members' })).toHaveAttribute('href', '/members');
    unmount();

    renderWithApp(<HomePage />, { viewer: aViewer('INTERVIEWER') });
    expect(screen.queryByRole('link', { name: /members/i })).not.toBeInTheDocument();
  });
});
