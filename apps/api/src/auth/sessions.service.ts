import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@panelist/roles';
import type { Principal } from '../common/auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { AccountSessionDto } from './dtos/account-session.dto';
import { SESSION_COOKIE, clearSessionCookie, sessionCookieOptions } from './session-cookie';
import { SESSION_AUDIENCE } from './session-token';

export interface SessionTokenPayload {
  sub: string;
  sid: string;
}

export interface HttpPair {
  req: Request;
  res: Response;
}

export interface SessionOptions {
  /** The organization whose single sign-on authenticated this session; it is then confined there. */
  ssoOrganizationId?: string | null;
  /** The transaction the session belongs to (e.g. accepting an invitation), so both commit together. */
  db?: EntityManager;
}

/**
 * Where a session may work (in organization `o`): the membership there is active, it was made after
 * the membership's last cut-off (deactivation, reactivation), the organization accepts its way of
 * signing in, and a single sign-on session never leaves its organization and ends with its connection.
 */
const SESSION_IS_VALID_IN_O = `
  s.revoked_at IS NULL AND s.expires_at > now() AND m.status = 'ACTIVE'
  AND s.created_at >= m.sessions_not_before
  AND (s.sso_organization_id IS NULL OR s.sso_organization_id = o.id)
  AND (o.password_sign_in OR s.sso_organization_id = o.id)
  AND (s.sso_organization_id IS NULL
       OR EXISTS (SELECT 1 FROM sso_connections c WHERE c.organization_id = s.sso_organization_id AND c.enabled))`;

/** Server-side sessions: created at sign-in, checked on every request, revoked at sign-out. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(userId: string, organizationId: string, { req, res }: HttpPair, options: SessionOptions = {}): Promise<string> {
    const ttlMs = this.config.sessionTtlHours * 3_600_000;
    const [{ id }] = await (options.db ?? this.db).query<Array<{ id: string }>>(
      `INSERT INTO sessions (user_id, organization_id, expires_at, sso_organization_id, user_agent, ip_address)
       VALUES ($1, $2, now() + make_interval(secs => $3), $4, $5, $6) RETURNING id`,
      [userId, organizationId, ttlMs / 1000, options.ssoOrganizationId ?? null, req.get('user-agent')?.slice(0, 400) ?? null, req.ip ?? null],
    );
    const token = await this.jwt.signAsync({ sub: userId, sid: id } satisfies SessionTokenPayload, {
      expiresIn: Math.floor(ttlMs / 1000),
      issuer: this.config.publicUrl,
      audience: SESSION_AUDIENCE,
    });
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.secureCookies, ttlMs));
    return id;
  }

  /** The caller behind a session, or null when the session or the membership is no longer valid. */
  async resolve(sessionId: string): Promise<Principal | null> {
    const rows = await this.db.query<Array<{ user_id: string; organization_id: string; role: Role; sso_organization_id: string | null }>>(
      `SELECT s.user_id, s.organization_id, m.role, s.sso_organization_id
         FROM sessions s
         JOIN memberships m ON m.user_id = s.user_id AND m.organization_id = s.organization_id
         JOIN organizations o ON o.id = s.organization_id
        WHERE s.id = $1 AND ${SESSION_IS_VALID_IN_O}`,
      [sessionId],
    );
    if (rows.length === 0) return null;
    const [row] = rows;
    return { sessionId, userId: row.user_id, organizationId: row.organization_id, role: row.role, ssoOrganizationId: row.sso_organization_id };
  }

  /** The role a session would have in another organization, or null when it may not work there. */
  async roleIfEntering(sessionId: string, organizationId: string): Promise<Role | null> {
    const [row] = await this.db.query<Array<{ role: Role }>>(
      `SELECT m.role
         FROM sessions s
         JOIN memberships m ON m.user_id = s.user_id AND m.organization_id = $2
         JOIN organizations o ON o.id = $2
        WHERE s.id = $1 AND ${SESSION_IS_VALID_IN_O}`,
      [sessionId, organizationId],
    );
    return row?.role ?? null;
  }

  async revoke(sessionId: string, res: Response): Promise<void> {
    await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
    clearSessionCookie(res, this.config.secureCookies);
  }

  /** Ends every live session of a person except `keep`; returns how many ended. */
  async revokeAllOf(userId: string, keep: string | null, db: EntityManager = this.db.manager): Promise<number> {
    const [, ended] = await db.query<[unknown[], number]>(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`,
      [userId, keep],
    );
    return ended;
  }

  async moveToOrganization(sessionId: string, organizationId: string, db: EntityManager = this.db.manager): Promise<void> {
    await db.query(`UPDATE sessions SET organization_id = $2 WHERE id = $1`, [sessionId, organizationId]);
  }

  /** The caller's live sessions, newest first; a confined session sees only those of its organization. */
  async listFor(principal: Principal): Promise<AccountSessionDto[]> {
    return this.db.query<AccountSessionDto[]>(
      `SELECT id, created_at AS "createdAt", expires_at AS "expiresAt", user_agent AS "userAgent", ip_address AS "ipAddress",
              id = $2 AS current, sso_organization_id IS NOT NULL AS "singleSignOn"
         FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
          AND ($3::uuid IS NULL OR sso_organization_id = $3)
        ORDER BY created_at DESC
        LIMIT 200`,
      [principal.userId, principal.sessionId, principal.ssoOrganizationId],
    );
  }

  /** Ends one of the caller's own sessions; another person's id is simply not found. */
  async endOwn(principal: Principal, sessionId: string): Promise<boolean> {
    const [, ended] = await this.db.query<[unknown[], number]>(
      `UPDATE sessions SET revoked_at = now()
        WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND ($3::uuid IS NULL OR sso_organization_id = $3)`,
      [sessionId, principal.userId, principal.ssoOrganizationId],
    );
    return ended > 0;
  }

  async endOthers(principal: Principal): Promise<number> {
    const [, ended] = await this.db.query<[unknown[], number]>(
      `UPDATE sessions SET revoked_at = now()
        WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL AND ($3::uuid IS NULL OR sso_organization_id = $3)`,
      [principal.userId, principal.sessionId, principal.ssoOrganizationId],
    );
    return ended;
  }
}
