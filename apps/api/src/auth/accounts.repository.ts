import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  IAccountWithMembershipsQuery,
  IActiveMembershipsQuery,
  IFindAccountByEmailQuery,
  IFindAccountQuery,
  IMembershipOrganizationsQuery,
  ISetPasswordHashQuery,
} from './accounts.repository.types';

/** Accounts (users) as signing in sees them; sessions have their own repository. */
const findAccountByEmail = sql<IFindAccountByEmailQuery>`SELECT id, password_hash AS "passwordHash" FROM users WHERE lower(email) = lower($email!)`;

export function byEmail(db: Queryable, email: string) {
  return first(db, findAccountByEmail, { email });
}

const findAccount = sql<IFindAccountQuery>`SELECT id, email, name, password_hash AS "passwordHash" FROM users WHERE id = $userId!`;

export function byId(db: Queryable, userId: string) {
  return first(db, findAccount, { userId });
}

const setPasswordHash = sql<ISetPasswordHashQuery>`UPDATE users SET password_hash = $passwordHash!, updated_at = now() WHERE id = $userId!`;

export async function setPassword(db: Queryable, userId: string, passwordHash: string): Promise<void> {
  await execute(db, setPasswordHash, { userId, passwordHash });
}

const membershipOrganizations = sql<IMembershipOrganizationsQuery>`SELECT organization_id AS "organizationId" FROM memberships WHERE user_id = $userId!`;

/** Every organization the account has a membership in, whatever its status. */
export async function organizationIdsOf(db: Queryable, userId: string): Promise<string[]> {
  return (await rows(db, membershipOrganizations, { userId })).map((row) => row.organizationId);
}

const activeMemberships = sql<IActiveMembershipsQuery>`
  SELECT o.id AS "organizationId", o.name AS "organizationName", o.slug AS "organizationSlug", m.role, o.password_sign_in AS "passwordSignIn"
    FROM memberships m JOIN organizations o ON o.id = m.organization_id
   WHERE m.user_id = $userId! AND m.status = 'ACTIVE'
   ORDER BY m.created_at, o.name`;

export type ActiveMembership = Awaited<ReturnType<typeof activeMemberships.run>>[number];

/** The account's active memberships, oldest first. */
export function activeMembershipsOf(db: Queryable, userId: string): Promise<ActiveMembership[]> {
  return rows(db, activeMemberships, { userId });
}

/** The account and its active memberships (oldest first, as activeMemberships) in one statement: `me`, on every page. */
const accountWithMemberships = sql<IAccountWithMembershipsQuery>`
  SELECT u.id, u.email, u.name,
         COALESCE(json_agg(json_build_object('organizationId', o.id, 'organizationName', o.name, 'organizationSlug', o.slug,
                                             'role', m.role, 'passwordSignIn', o.password_sign_in) ORDER BY m.created_at, o.name)
                    FILTER (WHERE o.id IS NOT NULL), '[]') AS "memberships!"
    FROM users u
    LEFT JOIN memberships m ON m.user_id = u.id AND m.status = 'ACTIVE'
    LEFT JOIN organizations o ON o.id = m.organization_id
   WHERE u.id = $userId!
   GROUP BY u.id`;

export async function withActiveMemberships(
  db: Queryable,
  userId: string,
): Promise<{ id: string; email: string; name: string; memberships: ActiveMembership[] } | undefined> {
  const row = await first(db, accountWithMemberships, { userId });
  return row && { ...row, memberships: row.memberships as unknown as ActiveMembership[] };
}
