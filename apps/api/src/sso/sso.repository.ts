import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  IAllowPasswordSignInQuery,
  IDeleteSsoConnectionQuery,
  IFindAccountQuery,
  IFindConnectionQuery,
  IFindEnabledConnectionQuery,
  IFindEnabledConnectionBySlugQuery,
  IInsertJitMembershipQuery,
  IInsertJitUserQuery,
  IInsertSsoConnectionQuery,
  ILinkIdentityQuery,
  ILockOrganizationQuery,
  ISsoConnectionExistsQuery,
  IUpdateSsoConnectionQuery,
  IAcceptSsoInvitationQuery,
  IActivateInvitedMembershipQuery,
  IActivateUserQuery,
  member_role,
} from './sso.repository.types';

/** The connection as admins see it: everything but the secret. */
const findConnection = sql<IFindConnectionQuery>`
  SELECT issuer, client_id AS "clientId", client_secret <> '' AS "hasClientSecret!", allowed_domains AS "allowedDomains",
         default_role AS "defaultRole", enabled, version
    FROM sso_connections WHERE organization_id = $organizationId!`;

export function connection(db: Queryable, organizationId: string) {
  return first(db, findConnection, { organizationId });
}

const findEnabledConnectionBySlug = sql<IFindEnabledConnectionBySlugQuery>`
  SELECT c.organization_id AS "organizationId", c.issuer, c.client_id AS "clientId", c.client_secret AS "clientSecret",
         c.version, c.allowed_domains AS "allowedDomains", c.default_role AS "defaultRole"
    FROM organizations o JOIN sso_connections c ON c.organization_id = o.id WHERE o.slug = $slug! AND c.enabled`;

export type SignInConnectionRow = Awaited<ReturnType<typeof findEnabledConnectionBySlug.run>>[number];

export function enabledConnectionBySlug(db: Queryable, slug: string): Promise<SignInConnectionRow | undefined> {
  return first(db, findEnabledConnectionBySlug, { slug });
}

const findEnabledConnection = sql<IFindEnabledConnectionQuery>`
  SELECT c.organization_id AS "organizationId", c.issuer, c.client_id AS "clientId", c.client_secret AS "clientSecret",
         c.version, c.allowed_domains AS "allowedDomains", c.default_role AS "defaultRole"
    FROM sso_connections c WHERE c.organization_id = $organizationId! AND c.enabled`;

export function enabledConnection(db: Queryable, organizationId: string): Promise<SignInConnectionRow | undefined> {
  return first(db, findEnabledConnection, { organizationId });
}

/** Serializes changes to an organization's sign-in settings. */
const lockOrganization = sql<ILockOrganizationQuery>`SELECT id FROM organizations WHERE id = $organizationId! FOR UPDATE`;

export async function lockOrganizationRow(db: Queryable, organizationId: string): Promise<void> {
  await rows(db, lockOrganization, { organizationId });
}

export interface ConnectionSettings {
  organizationId: string;
  issuer: string;
  clientId: string;
  /** Null keeps the stored secret. */
  clientSecret: string | null;
  allowedDomains: string[];
  defaultRole: member_role;
  enabled: boolean;
}

/** 0 rows when there is no connection yet or `version` (when given) is stale. */
const updateSsoConnection = sql<IUpdateSsoConnectionQuery>`
  UPDATE sso_connections
     SET issuer = $issuer!, client_id = $clientId!, client_secret = COALESCE($clientSecret, client_secret), allowed_domains = $allowedDomains!,
         default_role = $defaultRole!, enabled = $enabled!, version = version + 1, updated_at = now()
   WHERE organization_id = $organizationId! AND ($version::int IS NULL OR version = $version)`;

export function updateConnection(db: Queryable, settings: ConnectionSettings, version: number | null): Promise<number> {
  return execute(db, updateSsoConnection, { ...settings, version });
}

const ssoConnectionExists = sql<ISsoConnectionExistsQuery>`SELECT organization_id AS "organizationId" FROM sso_connections WHERE organization_id = $organizationId!`;

export async function connectionExists(db: Queryable, organizationId: string): Promise<boolean> {
  return (await first(db, ssoConnectionExists, { organizationId })) !== undefined;
}

const insertSsoConnection = sql<IInsertSsoConnectionQuery>`
  INSERT INTO sso_connections (organization_id, issuer, client_id, client_secret, allowed_domains, default_role, enabled)
  VALUES ($organizationId!, $issuer!, $clientId!, $clientSecret!, $allowedDomains!, $defaultRole!, $enabled!)`;

export async function insertConnection(db: Queryable, settings: ConnectionSettings & { clientSecret: string }): Promise<void> {
  await execute(db, insertSsoConnection, settings);
}

const deleteSsoConnection = sql<IDeleteSsoConnectionQuery>`DELETE FROM sso_connections WHERE organization_id = $organizationId!`;

export async function deleteConnection(db: Queryable, organizationId: string): Promise<void> {
  await execute(db, deleteSsoConnection, { organizationId });
}

const allowPasswordSignIn = sql<IAllowPasswordSignInQuery>`
  UPDATE organizations SET password_sign_in = true, version = version + 1, updated_at = now() WHERE id = $organizationId! AND NOT password_sign_in`;

export async function turnPasswordSignInOn(db: Queryable, organizationId: string): Promise<void> {
  await execute(db, allowPasswordSignIn, { organizationId });
}

// ---- signing in ----

/** The account the subject is linked to, else the one with the email; locked for this sign-in. */
const findAccount = sql<IFindAccountQuery>`
  WITH identity AS (
    SELECT user_id FROM user_identities WHERE organization_id = $organizationId! AND issuer = $issuer! AND subject = $subject!
  )
  SELECT u.id AS "userId", u.activated_at IS NOT NULL AS "claimed!", m.id AS "membershipId?", m.status AS "status?",
         EXISTS (SELECT 1 FROM user_identities i
                  WHERE i.user_id = u.id AND i.organization_id = $organizationId! AND i.issuer = $issuer! AND i.subject <> $subject!) AS "otherSubject!",
         EXISTS (SELECT 1 FROM invitations i
                  WHERE i.membership_id = m.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()) AS "liveInvitation!"
    FROM users u
    LEFT JOIN memberships m ON m.user_id = u.id AND m.organization_id = $organizationId!
   WHERE u.id = COALESCE((SELECT user_id FROM identity), (SELECT id FROM users WHERE lower(email) = lower($email!)))
     FOR UPDATE OF u`;

export type AccountRow = Awaited<ReturnType<typeof findAccount.run>>[number];

export function account(
  db: Queryable,
  person: { organizationId: string; issuer: string; subject: string; email: string },
): Promise<AccountRow | undefined> {
  return first(db, findAccount, person);
}

const insertJitUser = sql<IInsertJitUserQuery>`INSERT INTO users (email, name, activated_at) VALUES ($email!, $name!, now()) RETURNING id`;

const insertJitMembership = sql<IInsertJitMembershipQuery>`
  INSERT INTO memberships (organization_id, user_id, role, status) VALUES ($organizationId!, $userId!, $role!, 'ACTIVE')`;

/** A new person joins on first sign-in: an account and an active membership. Answers the user id. */
export async function insertMember(
  db: Queryable,
  person: { organizationId: string; email: string; name: string; role: member_role },
): Promise<string> {
  const [user] = await rows(db, insertJitUser, { email: person.email, name: person.name });
  await execute(db, insertJitMembership, { organizationId: person.organizationId, userId: user.id, role: person.role });
  return user.id;
}

const activateUser = sql<IActivateUserQuery>`UPDATE users SET activated_at = now(), updated_at = now() WHERE id = $userId! AND activated_at IS NULL`;

const activateInvitedMembership = sql<IActivateInvitedMembershipQuery>`
  UPDATE memberships SET status = 'ACTIVE', version = version + 1, updated_at = now() WHERE id = $membershipId! AND status = 'INVITED'`;

const acceptSsoInvitation = sql<IAcceptSsoInvitationQuery>`
  UPDATE invitations SET accepted_at = now() WHERE membership_id = $membershipId! AND accepted_at IS NULL AND revoked_at IS NULL`;

/** The provider vouches for an invited email: the account is claimed and the invitation accepted. */
export async function acceptInvitation(db: Queryable, userId: string, membershipId: string): Promise<void> {
  await execute(db, activateUser, { userId });
  await execute(db, activateInvitedMembership, { membershipId });
  await execute(db, acceptSsoInvitation, { membershipId });
}

/** Records (or refreshes) the subject → account link; false when the subject belongs to another account. */
const linkIdentity = sql<ILinkIdentityQuery>`
  INSERT INTO user_identities (user_id, organization_id, issuer, subject, email) VALUES ($userId!, $organizationId!, $issuer!, $subject!, $email!)
  ON CONFLICT (organization_id, issuer, subject)
  DO UPDATE SET email = EXCLUDED.email, last_sign_in_at = now() WHERE user_identities.user_id = EXCLUDED.user_id
  RETURNING id`;

export async function link(
  db: Queryable,
  identity: { userId: string; organizationId: string; issuer: string; subject: string; email: string },
): Promise<boolean> {
  return (await rows(db, linkIdentity, identity)).length > 0;
}
