import type { Role } from '@panelist/roles';
import type { MemberFieldsFragment, ViewerFieldsFragment } from '../generated/graphql';

/** Shapes as the API returns them, with the __typename Apollo's cache relies on. */
export const ACME = { __typename: 'Organization' as const, id: 'org-acme', name: 'Acme Robotics', slug: 'acme' };
export const GLOBEX = { __typename: 'Organization' as const, id: 'org-globex', name: 'Globex', slug: 'globex' };

type ViewerOverrides = Partial<
  Pick<ViewerFieldsFragment, 'memberships' | 'canCreateOrganization' | 'singleSignOn'> & { name: string; email: string }
>;

export function aViewer(role: Role, overrides: ViewerOverrides = {}) {
  return {
    __typename: 'Viewer' as const,
    role,
    user: {
      __typename: 'User' as const,
      id: 'user-me',
      name: overrides.name ?? 'Sam Viewer',
      email: overrides.email ?? 'sam@example.com',
    },
    organization: ACME,
    memberships: overrides.memberships ?? [{ __typename: 'OrganizationMembership' as const, role, organization: ACME }],
    canCreateOrganization: overrides.canCreateOrganization ?? true,
    singleSignOn: overrides.singleSignOn ?? false,
  };
}

export function aMember(overrides: Partial<MemberFieldsFragment> & { id: string; name: string }) {
  return {
    __typename: 'Member' as const,
    userId: `user-${overrides.id}`,
    email: `${overrides.name.split(' ')[0].toLowerCase()}@example.com`,
    role: 'INTERVIEWER' as Role,
    status: 'ACTIVE' as const,
    version: 1,
    createdAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export const TEAM = [
  aMember({ id: 'm-ada', name: 'Ada Admin', role: 'ADMIN', userId: 'user-me' }),
  aMember({ id: 'm-ivo', name: 'Ivo Interviewer', role: 'INTERVIEWER' }),
  aMember({ id: 'm-nia', name: 'Nia Newcomer', role: 'RECRUITER', status: 'INVITED' }),
  aMember({ id: 'm-old', name: 'Otto Former', role: 'INTERVIEWER', status: 'DEACTIVATED' }),
];

/** A GraphQL error exactly as the API formats it. */
export function apiError(code: string, message: string, field?: string) {
  return { message, extensions: { code, ...(field ? { field } : {}) } };
}
