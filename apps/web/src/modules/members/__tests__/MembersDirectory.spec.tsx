import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  AddMemberDocument,
  ChangeMemberRoleDocument,
  DeactivateMemberDocument,
  MembersDocument,
  ReissueInvitationDocument,
} from '../../../generated/graphql';
import { TEAM, aMember, aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { MembersDirectory } from '../components/MembersDirectory';

const admin = aViewer('ADMIN');
const membersMock = { request: { query: MembersDocument }, result: { data: { members: TEAM } } };
const INVITE_URL = 'http://localhost:3000/invite/abcdefghijklmnopqrstuvwxyz0123456789';

function renderDirectory(mocks: unknown[]) {
  return renderWithApp(<MembersDirectory viewer={admin} />, { viewer: admin, mocks: mocks as never });
}

function addMember(name: string, email: string, role: string) {
  fireEvent.change(screen.getByLabelText('Name'), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('Work email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Role'), { target: { value: role } });
  fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
}

describe('MembersDirectory (admin)', () => {
  it('shows the invitation link of a new member prominently, copies it, and lists the person', async () => {
    const mia = aMember({ id: 'm-mia', name: 'Mia Example', email: 'mia@example.com', role: 'RECRUITER', status: 'INVITED' });
    const add = {
      request: { query: AddMemberDocument, variables: { input: { name: 'Mia Example', email: 'mia@example.com', role: 'RECRUITER' } } },
      result: { data: { addMember: { __typename: 'AddMemberResult', inviteUrl: INVITE_URL, member: mia } } },
    };
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderDirectory([membersMock, add]);
    await screen.findByRole('table');

    addMember('Mia Example', 'mia@example.com', 'RECRUITER');

    const panel = await screen.findByRole('region', { name: /Mia Example was added/ });
    expect(within(panel).getByRole('textbox', { name: 'Invitation link for Mia Example' })).toHaveValue(INVITE_URL);
    expect(within(panel).getByText(/They open it to choose a password/)).toBeInTheDocument();
    expect(within(panel).getByRole('heading')).toHaveFocus();

    fireEvent.click(within(panel).getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent('Link copied to the clipboard.'));
    expect(writeText).toHaveBeenCalledWith(INVITE_URL);

    const row = screen.getByRole('row', { name: /Mia Example/ });
    expect(within(row).getByText('Invited')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('');
  });

  it('selects the link and says how to copy it when the clipboard is blocked', async () => {
    const add = {
      request: { query: AddMemberDocument, variables: { input: { name: 'Lee Blocked', email: 'lee@example.com', role: 'INTERVIEWER' } } },
      result: {
        data: {
          addMember: {
            __typename: 'AddMemberResult',
            inviteUrl: INVITE_URL,
            member: aMember({ id: 'm-lee', name: 'Lee Blocked', status: 'INVITED' }),
          },
        },
      },
    };
    const writeText = jest.fn().mockRejectedValue(new Error('NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderDirectory([membersMock, add]);
    await screen.findByRole('table');

    addMember('Lee Blocked', 'lee@example.com', 'INTERVIEWER');
    const panel = await screen.findByRole('region', { name: /Lee Blocked was added/ });
    fireEvent.click(within(panel).getByRole('button', { name: 'Copy link' }));

    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent(/press Ctrl\+C/));
    const link = within(panel).getByRole('textbox');
    expect((link as HTMLInputElement).selectionStart).toBe(0);
    expect((link as HTMLInputElement).selectionEnd).toBe(INVITE_URL.length);
  });

  it('shows a CONFLICT about the email next to the email field', async () => {
    const add = {
      request: { query: AddMemberDocument, variables: { input: { name: 'Ivo Again', email: 'ivo@example.com', role: 'INTERVIEWER' } } },
      result: { errors: [apiError('CONFLICT', 'ivo@example.com is already a member of this organization.', 'email')] },
    };
    renderDirectory([membersMock, add]);
    await screen.findByRole('table');

    addMember('Ivo Again', 'ivo@example.com', 'INTERVIEWER');

    const email = screen.getByLabelText('Work email');
    await waitFor(() => expect(email).toHaveAccessibleDescription('ivo@example.com is already a member of this organization.'));
    expect(email).toHaveFocus();
    expect(screen.queryByRole('region', { name: /invitation link/ })).not.toBeInTheDocument();
  });

  it('sends the version with a role change and announces the result', async () => {
    const change = {
      request: { query: ChangeMemberRoleDocument, variables: { input: { memberId: 'm-ivo', role: 'HIRING_MANAGER', version: 1 } } },
      result: { data: { changeMemberRole: { ...TEAM[1], role: 'HIRING_MANAGER', version: 2 } } },
    };
    renderDirectory([membersMock, change]);
    const select = await screen.findByRole('combobox', { name: 'Role for Ivo Interviewer' });

    fireEvent.change(select, { target: { value: 'HIRING_MANAGER' } });

    expect(await screen.findByText('Ivo Interviewer is now hiring manager.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role for Ivo Interviewer' })).toHaveValue('HIRING_MANAGER');
  });

  it('on CONFLICT shows the message and reloads the list', async () => {
    const change = {
      request: { query: ChangeMemberRoleDocument, variables: { input: { memberId: 'm-ivo', role: 'ADMIN', version: 1 } } },
      result: { errors: [apiError('CONFLICT', 'Ivo Interviewer was changed by someone else meanwhile. Reload and try again.', 'version')] },
    };
    const changedElsewhere = TEAM.map((m) => (m.id === 'm-ivo' ? { ...m, role: 'RECRUITER' as const, version: 2 } : m));
    const reload = { request: { query: MembersDocument }, result: { data: { members: changedElsewhere } } };
    renderDirectory([membersMock, change, reload]);
    const select = await screen.findByRole('combobox', { name: 'Role for Ivo Interviewer' });

    fireEvent.change(select, { target: { value: 'ADMIN' } });

    expect(await screen.findByText(/was changed by someone else meanwhile/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Role for Ivo Interviewer' })).toHaveValue('RECRUITER'));
  });

  it('asks for confirmation before deactivating, and Cancel changes nothing', async () => {
    const deactivate = {
      request: { query: DeactivateMemberDocument, variables: { memberId: 'm-ivo' } },
      result: { data: { deactivateMember: { ...TEAM[1], status: 'DEACTIVATED', version: 2 } } },
    };
    renderDirectory([membersMock, deactivate]);
    await screen.findByRole('table');
    const row = () => screen.getByRole('row', { name: /Ivo Interviewer/ });

    fireEvent.click(within(row()).getByRole('button', { name: 'Deactivate' }));
    expect(within(row()).getByText('Deactivate Ivo Interviewer? They lose access at once.')).toBeInTheDocument();
    expect(within(row()).getByRole('button', { name: 'Yes, deactivate' })).toHaveFocus();
    fireEvent.click(within(row()).getByRole('button', { name: 'Cancel' }));
    expect(within(row()).getByRole('button', { name: 'Deactivate' })).toHaveFocus();

    fireEvent.click(within(row()).getByRole('button', { name: 'Deactivate' }));
    fireEvent.click(within(row()).getByRole('button', { name: 'Yes, deactivate' }));

    expect(await screen.findByText(/Ivo Interviewer was deactivated/)).toBeInTheDocument();
    expect(within(row()).getByText('Deactivated')).toBeInTheDocument();
    expect(within(row()).getByRole('button', { name: 'Reactivate' })).toHaveFocus();
  });

  it('issues a new invitation link for an invited member', async () => {
    const reissue = {
      request: { query: ReissueInvitationDocument, variables: { memberId: 'm-nia' } },
      result: {
        data: { reissueInvitation: { __typename: 'InvitationLink', inviteUrl: `${INVITE_URL}-new`, member: TEAM[2] } },
      },
    };
    renderDirectory([membersMock, reissue]);
    await screen.findByRole('table');

    fireEvent.click(within(screen.getByRole('row', { name: /Nia Newcomer/ })).getByRole('button', { name: 'New invitation link' }));

    const panel = await screen.findByRole('region', { name: 'New invitation link for Nia Newcomer' });
    expect(within(panel).getByRole('textbox')).toHaveValue(`${INVITE_URL}-new`);
    expect(within(panel).getByText(/earlier links for this person no longer work/)).toBeInTheDocument();
  });
});
