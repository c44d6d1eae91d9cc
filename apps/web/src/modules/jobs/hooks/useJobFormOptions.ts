import { useQuery } from '@apollo/client/react';
import { BANK_EDITORS, ROLE_LABELS } from '@panelist/roles';
import { KitsDocument, MembersDocument } from '../../../generated/graphql';

export interface Option {
  value: string;
  label: string;
}

/** Who can be a job's hiring manager (active admins and hiring managers) and the kits a round can use. */
export function useJobFormOptions() {
  const members = useQuery(MembersDocument, { fetchPolicy: 'cache-and-network' });
  const kits = useQuery(KitsDocument, { fetchPolicy: 'cache-and-network' });
  const managers: Option[] = (members.data?.members ?? [])
    .filter((member) => member.status === 'ACTIVE' && BANK_EDITORS.includes(member.role))
    .map((member) => ({ value: member.userId, label: `${member.name} (${ROLE_LABELS[member.role]})` }));
  const kitOptions: Option[] = (kits.data?.kits ?? []).map((kit) => ({
    value: kit.id,
    label: `${kit.title} · ${kit.roleName} · ${kit.interviewMinutes} min`,
  }));
  return {
    managers,
    kits: kitOptions,
    loading: (members.loading && !members.data) || (kits.loading && !kits.data),
    error: members.error ?? kits.error,
  };
}
