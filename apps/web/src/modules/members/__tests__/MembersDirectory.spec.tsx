import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  AddMemberDocument,
  ChangeMemberRoleDocument,
  DeactivateMemberDocument,
  IssuePasswordResetDocument,
  MembersDocument,
  ReissueInvitationDocument,
  RevokeInvitationDocument,
} from '../../../generated/graphql';
import { TEAM, aMember, aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { MembersDirectory } from '../components/MembersDirectory';

const admin = aViewer('ADMIN');
const membersMock = { request: { query: MembersDocument }, result: { data: { members: TEAM } } };
const INVITE_URL = 'http://localhost:3000/invite/abcdefghijklmnopqrstuvwxyz0123456789';
const RESET_URL = 'http://localhost:3000/reset/zyxwvutsrqponmlkjihgfedcba9876543210';
const IN_A_WEEK = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000 + 60_000).toISOString();

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
      result: {
        data: {
          addMember: {
            __typename: 'AddMemberResult',
            inviteUrl: INVITE_URL,
            expiresAt: IN_A_WEEK,
            emailDelivery: 'NOT_CONFIGURED',
            member: mia,
          },
        },
      },
    };
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderDirectory([membersMock, add]);
    await screen.findByRole('table');

    addMember('Mia Example', 'mia@example.com', 'RECRUITER');

    const panel = await screen.findByRole('region', { name: /Mia Example was added/ });
    expect(within(panel).getByRole('textbox', { name: 'Invitation link for Mia Example' })).toHaveValue(INVITE_URL);
    expect(within(panel).getByText(/They open it to join Acme Robotics/)).toHaveTextContent(/expires .*\(in 7 days\)/);
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
            expiresAt: IN_A_WEEK,
            emailDelivery: 'NOT_CONFIGURED',
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
        data: {
          reissueInvitation: {
            __typename: 'InvitationLink',
            inviteUrl: `${INVITE_URL}-new`,
            expiresAt: IN_A_WEEK,
            emailDelivery: 'NOT_CONFIGURED',
            member: TEAM[2],
          },
        },
      },
    };
    renderDirectory([membersMock, reissue]);
    await screen.findByRole('table');

    fireEvent.click(within(screen.getByRole('row', { name: /Nia Newcomer/ })).getByRole('button', { name: 'New invitation link' }));

    const panel = await screen.findByRole('region', { name: 'New invitation link for Nia Newcomer' });
    expect(within(panel).getByRole('textbox')).toHaveValue(`${INVITE_URL}-new`);
    expect(within(panel).getByText(/earlier links for this person no longer work/)).toBeInTheDocument();
  });

  it('revokes an invitation after asking, and drops the person from the list', async () => {
    const revoke = {
      request: { query: RevokeInvitationDocument, variables: { memberId: 'm-nia' } },
      result: { data: { revokeInvitation: true } },
    };
    renderDirectory([membersMock, revoke]);
    await screen.findByRole('table');
    const row = () => screen.getByRole('row', { name: /Nia Newcomer/ });

    fireEvent.click(within(row()).getByRole('button', { name: 'Revoke invitation' }));
    expect(within(row()).getByText(/Revoke the invitation for Nia Newcomer\?/)).toBeInTheDocument();
    fireEvent.click(within(row()).getByRole('button', { name: 'Cancel' }));
    expect(within(row()).getByRole('button', { name: 'Revoke invitation' })).toHaveFocus();

    fireEvent.click(within(row()).getByRole('button', { name: 'Revoke invitation' }));
    fireEvent.click(within(row()).getByRole('button', { name: 'Yes, revoke' }));

    expect(await screen.findByText('The invitation for Nia Newcomer was revoked; its links no longer work.')).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Nia Newcomer/ })).not.toBeInTheDocument();
  });

  it('creates a password reset link for an active member and shows it with its expiry', async () => {
    const reset = {
      request: { query: IssuePasswordResetDocument, variables: { memberId: 'm-ivo' } },
      result: {
        data: {
          issuePasswordReset: {
            __typename: 'PasswordResetLink',
            resetUrl: RESET_URL,
            expiresAt: IN_A_WEEK,
            emailDelivery: 'QUEUED',
            member: TEAM[1],
          },
        },
      },
    };
    renderDirectory([membersMock, reset]);
    await screen.findByRole('table');
    const row = within(screen.getByRole('row', { name: /Ivo Interviewer/ }));
    expect(screen.getByRole('row', { name: /Nia Newcomer/ })).not.toHaveTextContent('Reset password link');

    fireEvent.click(row.getByRole('button', { name: 'Reset password link' }));
    expect(row.getByText(/They are signed out everywhere until they choose a new password/)).toBeInTheDocument();
    fireEvent.click(row.getByRole('button', { name: 'Yes, create link' }));

    const panel = await screen.findByRole('region', { name: 'Password reset link for Ivo Interviewer' });
    expect(within(panel).getByRole('textbox', { name: 'Password reset link for Ivo Interviewer' })).toHaveValue(RESET_URL);
    expect(within(panel).getByText(/whoever opens it chooses the password/)).toHaveTextContent(/expires .*\(in 7 days\)/);
    // Emailed as well, but perhaps not yet (the mail server may be down): the link stays here.
    expect(within(panel).getByText(/An email with this link is on its way to/)).toHaveTextContent(/may not have been sent yet/);
    expect(within(panel).getByRole('heading')).toHaveFocus();
  });

  it('explains when a reset link cannot be made because the account belongs to other organizations', async () => {
    const message = 'This person also uses Panelist elsewhere: they can change their password themselves, or sign in from an invitation.';
    const reset = {
      request: { query: IssuePasswordResetDocument, variables: { memberId: 'm-ivo' } },
      result: { errors: [apiError('CONFLICT', message, 'memberId')] },
    };
    renderDirectory([membersMock, reset, membersMock]);
    await screen.findByRole('table');
    const row = within(screen.getByRole('row', { name: /Ivo Interviewer/ }));

    fireEvent.click(row.getByRole('button', { name: 'Reset password link' }));
    fireEvent.click(row.getByRole('button', { name: 'Yes, create link' }));

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /reset link/ })).not.toBeInTheDocument();
    await waitFor(() => expect(row.getByRole('button', { name: 'Reset password link' })).toHaveFocus());
  });
});
