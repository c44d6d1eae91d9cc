import { screen, within } from '@testing-library/react';
import { MembersDocument } from '../../generated/graphql';
import { TEAM, aViewer } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { MembersPage } from './MembersPage';

const membersMock = { request: { query: MembersDocument }, result: { data: { members: TEAM } } };

describe('MembersPage', () => {
  it('gives a recruiter the list without any admin controls', async () => {
    renderWithApp(<MembersPage />, { viewer: aViewer('RECRUITER'), path: '/members', mocks: [membersMock] });

    const table = await screen.findByRole('table', { name: 'Members of Acme Robotics' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Ada AdminYou',
      'Ivo Interviewer',
      'Nia Newcomer',
      'Otto Former',
    ]);
    expect(within(rows[2]).getByText('Invited')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Recruiter')).toBeInTheDocument();

    expect(screen.queryByRole('heading', { name: 'Add a member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /deactivate|reactivate|invitation link/i })).not.toBeInTheDocument();
    expect(screen.getByText(/Only admins can add members or change roles/)).toBeInTheDocument();
  });

  it('gives an admin the add form, role selects and status actions — except on their own row', async () => {
    renderWithApp(<MembersPage />, { viewer: aViewer('ADMIN'), path: '/members', mocks: [membersMock] });

    await screen.findByRole('table');
    expect(screen.getByRole('heading', { name: 'Add a member' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role for Ivo Interviewer' })).toHaveValue('INTERVIEWER');
    expect(screen.queryByRole('combobox', { name: 'Role for Ada Admin' })).not.toBeInTheDocument();

    const invitedRow = screen.getByRole('row', { name: /Nia Newcomer/ });
    expect(within(invitedRow).getByRole('button', { name: 'New invitation link' })).toBeInTheDocument();
    const deactivatedRow = screen.getByRole('row', { name: /Otto Former/ });
    expect(within(deactivatedRow).getByRole('button', { name: 'Reactivate' })).toBeInTheDocument();
    const ownRow = screen.getByRole('row', { name: /Ada Admin/ });
    expect(within(ownRow).queryByRole('button')).not.toBeInTheDocument();
  });

  it('tells an interviewer their role cannot see members, without asking the server', () => {
    // No Members mock: a request would fail the assertion below with an error message.
    renderWithApp(<MembersPage />, { viewer: aViewer('INTERVIEWER'), path: '/members' });

    expect(screen.getByRole('heading', { name: 'Members' })).toBeInTheDocument();
    expect(screen.getByText(/Your role \(Interviewer\) cannot see the members of Acme Robotics/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
