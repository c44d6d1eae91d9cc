import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  IAnyOrganizationQuery,
  IFindOrganizationBySlugQuery,
  IFindSettingsQuery,
  IHasEnabledSsoQuery,
  IInsertAdminMembershipQuery,
  IInsertOrganizationQuery,
  IListOrganizationsQuery,
  IPromoteInvitedMemberQuery,
  IFindMemberByEmailQuery,
  IRenameOrganizationQuery,
  ISetPasswordSignInQuery,
} from './organizations.repository.types';

/** Answers undefined when the slug is taken. */
const insertOrganization = sql<IInsertOrganizationQuery>`
  INSERT INTO organizations (name, slug) VALUES ($name!, $slug!) ON CONFLICT (slug) DO NOTHING RETURNING id, name, slug`;

export function insert(db: Queryable, name: string, slug: string) {
  return first(db, insertOrganization, { name, slug });
}

const insertAdminMembership = sql<IInsertAdminMembershipQuery>`
  INSERT INTO memberships (organization_id, user_id, role, status) VALUES ($organizationId!, $userId!, 'ADMIN', 'ACTIVE')`;

export async function addActiveAdmin(db: Queryable, organizationId: string, userId: string): Promise<void> {
  await execute(db, insertAdminMembership, { organizationId, userId });
}

const findSettings = sql<IFindSettingsQuery>`
  SELECT id, name, slug, version, password_sign_in AS "passwordSignIn" FROM organizations WHERE id = $organizationId!`;

export type OrganizationSettingsRow = Awaited<ReturnType<typeof findSettings.run>>[number];

export function settings(db: Queryable, organizationId: string): Promise<OrganizationSettingsRow | undefined> {
  return first(db, findSettings, { organizationId });
}

/** Undefined when `version` is stale. */
const renameOrganization = sql<IRenameOrganizationQuery>`
  UPDATE organizations SET name = $name!, version = version + 1, updated_at = now()
   WHERE id = $organizationId! AND version = $version!
   RETURNING id, name, slug, version, password_sign_in AS "passwordSignIn"`;

export function rename(db: Queryable, organizationId: string, name: string, version: number): Promise<OrganizationSettingsRow | undefined> {
  return first(db, renameOrganization, { organizationId, name, version });
}

/** Holds the enabled connection (FOR SHARE) until the caller's transaction ends. */
const hasEnabledSso = sql<IHasEnabledSsoQuery>`
  SELECT organization_id AS "organizationId" FROM sso_connections WHERE organization_id = $organizationId! AND enabled FOR SHARE`;

export async function lockEnabledSso(db: Queryable, organizationId: string): Promise<boolean> {
  return (await first(db, hasEnabledSso, { organizationId })) !== undefined;
}

const setPasswordSignIn = sql<ISetPasswordSignInQuery>`
  UPDATE organizations SET password_sign_in = $enabled!, version = version + 1, updated_at = now() WHERE id = $organizationId!`;

export async function updatePasswordSignIn(db: Queryable, organizationId: string, enabled: boolean): Promise<void> {
  await execute(db, setPasswordSignIn, { organizationId, enabled });
}

// ---- the operator's command line ----

const listOrganizations = sql<IListOrganizationsQuery>`
  SELECT o.slug, o.name,
         count(*) FILTER (WHERE m.status = 'ACTIVE')::int AS "members!",
         count(*) FILTER (WHERE m.status = 'INVITED')::int AS "invited!"
    FROM organizations o LEFT JOIN memberships m ON m.organization_id = o.id
   GROUP BY o.id ORDER BY o.created_at, o.slug`;

export function list(db: Queryable) {
  return rows(db, listOrganizations, undefined);
}

const findOrganizationBySlug = sql<IFindOrganizationBySlugQuery>`SELECT id, name FROM organizations WHERE slug = $slug! FOR UPDATE`;

export function lockBySlug(db: Queryable, slug: string) {
  return first(db, findOrganizationBySlug, { slug });
}

const findMemberByEmail = sql<IFindMemberByEmailQuery>`
  SELECT m.id, m.status, m.role FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.organization_id = $organizationId! AND lower(u.email) = lower($email!)`;

export function memberByEmail(db: Queryable, organizationId: string, email: string) {
  return first(db, findMemberByEmail, { organizationId, email });
}

const promoteInvitedMember = sql<IPromoteInvitedMemberQuery>`
  UPDATE memberships SET role = 'ADMIN', version = version + 1, updated_at = now() WHERE id = $membershipId!`;

export async function makeAdmin(db: Queryable, membershipId: string): Promise<void> {
  await execute(db, promoteInvitedMember, { membershipId });
}

const anyOrganization = sql<IAnyOrganizationQuery>`SELECT EXISTS (SELECT 1 FROM organizations) AS "any!"`;

/** Whether the install has any organization yet (the first start has none). */
export async function anyExists(db: Queryable): Promise<boolean> {
  const [row] = await rows(db, anyOrganization, undefined);
  return row.any;
}
