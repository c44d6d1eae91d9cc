import { useQuery } from '@apollo/client/react';
import { ROLE_LABELS } from '@panelist/roles';
import { KitsDocument, MembersDocument } from '../../../generated/graphql';
import { canScore } from '../utils/loop-roles';

export interface ScorerOption {
  userId: string;
  name: string;
  roleLabel: string;
}

export interface KitOption {
  id: string;
  title: string;
  roleName: string;
  interviewMinutes: number;
}

/** Who can sit on a panel (active admins, hiring managers, interviewers) and which kits can be used. */
export function useSchedulingOptions() {
  const members = useQuery(MembersDocument, { fetchPolicy: 'cache-and-network' });
  const kits = useQuery(KitsDocument, { fetchPolicy: 'cache-and-network' });
  const scorers: ScorerOption[] = (members.data?.members ?? [])
    .filter((member) => member.status === 'ACTIVE' && canScore(member.role))
    .map((member) => ({ userId: member.userId, name: member.name, roleLabel: ROLE_LABELS[member.role] }));
  const kitOptions: KitOption[] = (kits.data?.kits ?? []).map(({ id, title, roleName, interviewMinutes }) => ({
    id,
    title,
    roleName,
    interviewMinutes,
  }));
  return {
    scorers,
    kits: kitOptions,
    loading: (members.loading && !members.data) || (kits.loading && !kits.data),
    error: members.error ?? kits.error,
  };
}
