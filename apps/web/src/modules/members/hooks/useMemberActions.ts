import { useMutation } from '@apollo/client/react';
import { ROLE_LABELS, type Role } from '@panelist/roles';
import {
  ChangeMemberRoleDocument,
  DeactivateMemberDocument,
  ReactivateMemberDocument,
  ReissueInvitationDocument,
  type MemberFieldsFragment,
} from '../../../generated/graphql';
import { describeError } from '../../errors/utils/describe-error';

export interface Notice {
  tone: 'success' | 'error';
  text: string;
}

interface MemberActionsOptions {
  onNotice: (notice: Notice) => void;
  onInvitationLink: (member: MemberFieldsFragment, url: string) => void;
  /** Reloads the list, e.g. after a CONFLICT shows it was stale. */
  refetch: () => Promise<unknown>;
}

export interface MemberActions {
  changeRole: (member: MemberFieldsFragment, role: Role) => Promise<boolean>;
  deactivate: (member: MemberFieldsFragment) => Promise<boolean>;
  reactivate: (member: MemberFieldsFragment) => Promise<boolean>;
  reissueInvitation: (member: MemberFieldsFragment) => Promise<boolean>;
}

/** The admin's member mutations. Each updates the cached row (by id) and reports what happened. */
export function useMemberActions({ onNotice, onInvitationLink, refetch }: MemberActionsOptions): MemberActions {
  const [changeRoleMutation] = useMutation(ChangeMemberRoleDocument);
  const [deactivateMutation] = useMutation(DeactivateMemberDocument);
  const [reactivateMutation] = useMutation(ReactivateMemberDocument);
  const [reissueMutation] = useMutation(ReissueInvitationDocument);

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
        if (data) onInvitationLink(data.reissueInvitation.member, data.reissueInvitation.inviteUrl);
        return `A new invitation link for ${member.name} is ready.`;
      }),
  };
}
