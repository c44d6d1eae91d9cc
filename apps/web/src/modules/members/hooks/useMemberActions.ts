import { useMutation } from '@apollo/client/react';
import { ROLE_LABELS, type Role } from '@panelist/roles';
import {
  ChangeMemberRoleDocument,
  DeactivateMemberDocument,
  IssuePasswordResetDocument,
  MembersDocument,
  ReactivateMemberDocument,
  ReissueInvitationDocument,
  RevokeInvitationDocument,
  type MemberFieldsFragment,
} from '../../../generated/graphql';
import { describeError } from '../../errors';
import type { OneTimeLink } from '../components/OneTimeLinkPanel';

export interface Notice {
  tone: 'success' | 'error';
  text: string;
}

interface MemberActionsOptions {
  onNotice: (notice: Notice) => void;
  /** A new invitation or password reset link to show the admin. */
  onLink: (link: OneTimeLink) => void;
  /** Reloads the list, e.g. after a CONFLICT shows it was stale. */
  refetch: () => Promise<unknown>;
}

export interface MemberActions {
  changeRole: (member: MemberFieldsFragment, role: Role) => Promise<boolean>;
  deactivate: (member: MemberFieldsFragment) => Promise<boolean>;
  reactivate: (member: MemberFieldsFragment) => Promise<boolean>;
  reissueInvitation: (member: MemberFieldsFragment) => Promise<boolean>;
  revokeInvitation: (member: MemberFieldsFragment) => Promise<boolean>;
  issuePasswordReset: (member: MemberFieldsFragment) => Promise<boolean>;
}

/** The admin's member mutations. Each updates the cached row (by id) and reports what happened. */
export function useMemberActions({ onNotice, onLink, refetch }: MemberActionsOptions): MemberActions {
  const [changeRoleMutation] = useMutation(ChangeMemberRoleDocument);
  const [deactivateMutation] = useMutation(DeactivateMemberDocument);
  const [reactivateMutation] = useMutation(ReactivateMemberDocument);
  const [reissueMutation] = useMutation(ReissueInvitationDocument);
  const [revokeMutation] = useMutation(RevokeInvitationDocument);
  const [resetMutation] = useMutation(IssuePasswordResetDocument);

  async function attempt(run: () => Promise<string>): Promise<boolean> {
    try {
      onNotice({ tone: 'success', text: await run() });
      return true;
    } catch (error) {
      const problem = describeError(error);
      onNotice({ tone: 'error', text: problem.message });
      if (problem.code === 'CONFLICT' || problem.code === 'NOT_FOUND') await refetch().catch(() => undefined);
      return false;
    }
  }

  return {
    changeRole: (member, role) =>
      attempt(async () => {
        await changeRoleMutation({ variables: { input: { memberId: member.id, role, version: member.version } } });
        return `${member.name} is now ${ROLE_LABELS[role].toLowerCase()}.`;
      }),
    deactivate: (member) =>
      attempt(async () => {
        await deactivateMutation({ variables: { memberId: member.id } });
        return `${member.name} was deactivated and can no longer sign in to this organization.`;
      }),
    reactivate: (member) =>
      attempt(async () => {
        const { data } = await reactivateMutation({ variables: { memberId: member.id } });
        return data?.reactivateMember.status === 'INVITED'
          ? `${member.name} was reactivated. They still need to accept their invitation.`
          : `${member.name} was reactivated and can sign in again.`;
      }),
    reissueInvitation: (member) =>
      attempt(async () => {
        const { data } = await reissueMutation({ variables: { memberId: member.id } });
        if (data) {
          const { member: invited, inviteUrl, expiresAt, emailDelivery } = data.reissueInvitation;
          const emailed = emailDelivery === 'QUEUED';
          onLink({ kind: 'invitation-reissued', name: invited.name, email: invited.email, url: inviteUrl, expiresAt, emailed });
        }
        return `A new invitation link for ${member.name} is ready.`;
      }),
    revokeInvitation: (member) =>
      attempt(async () => {
        await revokeMutation({
          variables: { memberId: member.id },
          update(cache) {
            cache.updateQuery({ query: MembersDocument }, (existing) =>
              existing ? { members: existing.members.filter((m) => m.id !== member.id) } : existing,
            );
            cache.evict({ id: cache.identify({ __typename: 'Member', id: member.id }) });
            cache.gc();
          },
        });
        return `The invitation for ${member.name} was revoked; its links no longer work.`;
      }),
    issuePasswordReset: (member) =>
      attempt(async () => {
        const { data } = await resetMutation({ variables: { memberId: member.id } });
        if (data) {
          const { member: target, resetUrl, expiresAt, emailDelivery } = data.issuePasswordReset;
          const emailed = emailDelivery === 'QUEUED';
          onLink({ kind: 'password-reset', name: target.name, email: target.email, url: resetUrl, expiresAt, emailed });
        }
        return `A password reset link for ${member.name} is ready. They were signed out everywhere.`;
      }),
  };
}
