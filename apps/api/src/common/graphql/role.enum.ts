import { registerEnumType } from '@nestjs/graphql';
import { ROLES, ROLE_LABELS, type Role } from '@panelist/roles';

/** The shared role list exposed as the GraphQL enum `Role`. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

registerEnumType(RoleEnum, {
  name: 'Role',
  valuesMap: Object.fromEntries(ROLES.map((role) => [role, { description: ROLE_LABELS[role] }])),
});
