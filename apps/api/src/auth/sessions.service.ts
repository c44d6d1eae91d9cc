import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Role } from '@panelist/roles';
import type { Principal } from '../common/auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SESSION_COOKIE, clearSessionCookie, sessionCookieOptions } from './session-cookie';

export interface SessionTokenPayload {
  sub: string;
  sid: string;
}

/** Server-side sessions: created at sign-in, checked on every request, revoked at sign-out. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(userId: string, organizationId: string, res: Response): Promise<string> {
    const ttlMs = this.config.sessionTtlHours * 3_600_000;
    const [{ id }] = await this.db.query<Array<{ id: string }>>(
      `INSERT INTO sessions (user_id, organization_id, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3)) RETURNING id`,
      [userId, organizationId, ttlMs / 1000],
    );
    const token = await this.jwt.signAsync({ sub: userId, sid: id } satisfies SessionTokenPayload, {
      expiresIn: Math.floor(ttlMs / 1000),
    });
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.secureCookies, ttlMs));
    return id;
  }

  /** The caller behind a session, or null when the session or the membership is no longer valid. */
  async resolve(sessionId: string): Promise<Principal | null> {
    const rows = await this.db.query<Array<{ user_id: string; organization_id: string; role: Role }>>(
      `SELECT s.user_id, s.organization_id, m.role
         FROM sessions s
         JOIN memberships m ON m.user_id = s.user_id AND m.organization_id = s.organization_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND m.status = 'ACTIVE'`,
      [sessionId],
    );
    if (rows.length === 0) return null;
    const [row] = rows;
    return { sessionId, userId: row.user_id, organizationId: row.organization_id, role: row.role };
  }

  async revoke(sessionId: string, res: Response): Promise<void> {
    await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
    clearSessionCookie(res, this.config.secureCookies);
  }

  async moveToOrganization(sessionId: string, organizationId: string): Promise<void> {
    await this.db.query(`UPDATE sessions SET organization_id = $2 WHERE id = $1`, [sessionId, organizationId]);
  }
}
