import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  IEndOtherSessionsQuery,
  IEndOwnSessionQuery,
  IFindSessionAccessQuery,
  IInsertSessionQuery,
  IListLiveSessionsQuery,
  IMoveSessionQuery,
  IRevokeOrganizationPasswordSessionsQuery,
  IRevokeSessionQuery,
  IRevokeSsoSessionsQuery,
  IRevokeUserOrganizationSessionsQuery,
  IRevokeUserSessionsQuery,
} from './sessions.repository.types';

const insertSession = sql<IInsertSessionQuery>`
  INSERT INTO sessions (user_id, organization_id, expires_at, sso_organization_id, user_agent, ip_address)
  VALUES ($userId!, $organizationId!, now() + make_interval(secs => $ttlSeconds!::float8), $ssoOrganizationId, $userAgent, $ipAddress)
  RETURNING id`;

export async function insert(
  db: Queryable,
  session: {
    userId: string;
    organizationId: string;
    ttlSeconds: number;
    ssoOrganizationId: string | null;
    userAgent: string | null;
    ipAddress: string | null;
  },
): Promise<string> {
  const [row] = await rows(db, insertSession, session);
  return row.id;
}

/**
 * Where a session may work, in its own organization or (organizationId) another one: the membership
 * there is active, it was made after the membership's last cut-off (deactivation, reactivation), the
 * organization accepts its way of signing in, and a single sign-on session never leaves its
 * organization and ends with its connection.
 */
const findSessionAccess = sql<IFindSessionAccessQuery>`
  SELECT s.user_id AS "userId", o.id AS "organizationId", m.role, s.sso_organization_id AS "ssoOrganizationId", s.expires_at AS "expiresAt"
    FROM sessions s
    JOIN memberships m ON m.user_id = s.user_id AND m.organization_id = coalesce($organizationId::uuid, s.organization_id)
    JOIN organizations o ON o.id = m.organization_id
   WHERE s.id = $sessionId!
     AND s.revoked_at IS NULL AND s.expires_at > now() AND m.status = 'ACTIVE'
     AND s.created_at >= m.sessions_not_before
     AND (s.sso_organization_id IS NULL OR s.sso_organization_id = o.id)
     AND (o.password_sign_in OR s.sso_organization_id = o.id)
     AND (s.sso_organization_id IS NULL
          OR EXISTS (SELECT 1 FROM sso_connections c WHERE c.organization_id = s.sso_organization_id AND c.enabled))`;

export type SessionAccess = Awaited<ReturnType<typeof findSessionAccess.run>>[number];

/** The session's access in its own organization, or in `organizationId` when given; undefined when it may not work there. */
export function access(db: Queryable, sessionId: string, organizationId: string | null): Promise<SessionAccess | undefined> {
  return first(db, findSessionAccess, { sessionId, organizationId });
}

const revokeSession = sql<IRevokeSessionQuery>`UPDATE sessions SET revoked_at = now() WHERE id = $sessionId! AND revoked_at IS NULL`;

export async function revoke(db: Queryable, sessionId: string): Promise<void> {
  await execute(db, revokeSession, { sessionId });
}

const revokeUserSessions = sql<IRevokeUserSessionsQuery>`
  UPDATE sessions SET revoked_at = now() WHERE user_id = $userId! AND revoked_at IS NULL AND id IS DISTINCT FROM $keep::uuid`;

/** Ends every live session of a person except `keep`; answers how many ended. */
export function revokeAllOf(db: Queryable, userId: string, keep: string | null = null): Promise<number> {
  return execute(db, revokeUserSessions, { userId, keep });
}

const revokeUserOrganizationSessions = sql<IRevokeUserOrganizationSessionsQuery>`
  UPDATE sessions SET revoked_at = now() WHERE user_id = $userId! AND organization_id = $organizationId! AND revoked_at IS NULL`;

/** Ends a person's live sessions in one organization. */
export async function revokeInOrganization(db: Queryable, userId: string, organizationId: string): Promise<void> {
  await execute(db, revokeUserOrganizationSessions, { userId, organizationId });
}

const revokeOrganizationPasswordSessions = sql<IRevokeOrganizationPasswordSessionsQuery>`
  UPDATE sessions SET revoked_at = now() WHERE organization_id = $organizationId! AND sso_organization_id IS NULL AND revoked_at IS NULL`;

/** Ends every password (not single sign-on) session working in an organization. */
export async function revokePasswordSessionsIn(db: Queryable, organizationId: string): Promise<void> {
  await execute(db, revokeOrganizationPasswordSessions, { organizationId });
}

const revokeSsoSessions = sql<IRevokeSsoSessionsQuery>`
  UPDATE sessions SET revoked_at = now() WHERE sso_organization_id = $organizationId! AND revoked_at IS NULL`;

/** Ends every session that an organization's single sign-on made. */
export async function revokeSsoSessionsOf(db: Queryable, organizationId: string): Promise<void> {
  await execute(db, revokeSsoSessions, { organizationId });
}

const moveSession = sql<IMoveSessionQuery>`UPDATE sessions SET organization_id = $organizationId! WHERE id = $sessionId!`;

export async function move(db: Queryable, sessionId: string, organizationId: string): Promise<void> {
  await execute(db, moveSession, { sessionId, organizationId });
}

/** A confined (single sign-on) session sees and ends only those of its organization. */
const listLiveSessions = sql<IListLiveSessionsQuery>`
  SELECT id, created_at AS "createdAt", expires_at AS "expiresAt", user_agent AS "userAgent", ip_address AS "ipAddress",
         id = $currentId! AS "current!", sso_organization_id IS NOT NULL AS "singleSignOn!"
    FROM sessions
   WHERE user_id = $userId! AND revoked_at IS NULL AND expires_at > now()
     AND ($ssoOrganizationId::uuid IS NULL OR sso_organization_id = $ssoOrganizationId)
   ORDER BY created_at DESC
   LIMIT 200`;

export type LiveSession = Awaited<ReturnType<typeof listLiveSessions.run>>[number];

export function listLive(
  db: Queryable,
  who: { userId: string; currentId: string; ssoOrganizationId: string | null },
): Promise<LiveSession[]> {
  return rows(db, listLiveSessions, who);
}

const endOwnSession = sql<IEndOwnSessionQuery>`
  UPDATE sessions SET revoked_at = now()
   WHERE id = $sessionId! AND user_id = $userId! AND revoked_at IS NULL AND ($ssoOrganizationId::uuid IS NULL OR sso_organization_id = $ssoOrganizationId)`;

export function endOwn(db: Queryable, params: { sessionId: string; userId: string; ssoOrganizationId: string | null }): Promise<number> {
  return execute(db, endOwnSession, params);
}

const endOtherSessions = sql<IEndOtherSessionsQuery>`
  UPDATE sessions SET revoked_at = now()
   WHERE user_id = $userId! AND id <> $currentId! AND revoked_at IS NULL AND ($ssoOrganizationId::uuid IS NULL OR sso_organization_id = $ssoOrganizationId)`;

export function endOthers(db: Queryable, params: { userId: string; currentId: string; ssoOrganizationId: string | null }): Promise<number> {
  return execute(db, endOtherSessions, params);
}
