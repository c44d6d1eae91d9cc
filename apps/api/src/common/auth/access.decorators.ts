import { SetMetadata } from '@nestjs/common';
import type { Role } from '@panelist/roles';

export const ROLES_KEY = 'panelist:roles';
export const PUBLIC_KEY = 'panelist:public';

/**
 * The roles allowed to call a Query or Mutation. Every operation declares this or @Public();
 * the global AccessGuard denies anything that declares neither.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Reachable without signing in (login, invitations, health). Use sparingly. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
