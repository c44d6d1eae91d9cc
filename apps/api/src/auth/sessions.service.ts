import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@panelist/roles';
import type { Principal } from '../common/auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { AccountSessionDto } from './dtos/account-session.dto';
import { SessionCache } from './session-cache';
import * as sessions from './sessions.repository';
import { SESSION_COOKIE, clearSessionCookie, sessionCookieOptions } from './session-cookie';
import { SESSION_AUDIENCE, type SessionTokenPayload } from './session-token';

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

/** Server-side sessions: created at sign-in, checked on every request, revoked at sign-out. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: SessionCache,
  ) {}

  async start(userId: string, organizationId: string, { req, res }: HttpPair, options: SessionOptions = {}): Promise<string> {
    const ttlMs = this.config.sessionTtlHours * 3_600_000;
    const id = await sessions.insert(options.db ?? this.db, {
      userId,
      organizationId,
      ttlSeconds: ttlMs / 1000,
      ssoOrganizationId: options.ssoOrganizationId ?? null,
      userAgent: req.get('user-agent')?.slice(0, 400) ?? null,
      ipAddress: req.ip ?? null,
    });
    const token = await this.jwt.signAsync({ sub: userId, sid: id } satisfies SessionTokenPayload, {
      expiresIn: Math.floor(ttlMs / 1000),
      issuer: this.config.publicUrl,
      audience: SESSION_AUDIENCE,
    });
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.secureCookies, ttlMs));
    return id;
  }

  /**
   * The caller behind a session, or null when the session or the membership is no longer valid.
   * Reused for a few seconds at most, and never after any session change (SessionCache).
   */
  resolve(sessionId: string): Promise<Principal | null> {
    return this.cache.resolve(sessionId, async () => {
      const row = await sessions.access(this.db, sessionId, null);
      if (!row) return null;
      const { userId, organizationId, role, ssoOrganizationId, expiresAt } = row;
      return { sessionId, userId, organizationId, role, ssoOrganizationId, expiresAt };
    });
  }

  /** The role a session would have in another organization, or null when it may not work there. */
  async roleIfEntering(sessionId: string, organizationId: string): Promise<Role | null> {
    const row = await sessions.access(this.db, sessionId, organizationId);
    return row?.role ?? null;
  }

  async revoke(sessionId: string, res: Response): Promise<void> {
    await sessions.revoke(this.db, sessionId);
    clearSessionCookie(res, this.config.secureCookies);
  }

  /** Ends every live session of a person except `keep`; returns how many ended. */
  async revokeAllOf(userId: string, keep: string | null, db: EntityManager = this.db.manager): Promise<number> {
    return sessions.revokeAllOf(db, userId, keep);
  }

  async moveToOrganization(sessionId: string, organizationId: string, db: EntityManager = this.db.manager): Promise<void> {
    await sessions.move(db, sessionId, organizationId);
  }

  /** The caller's live sessions, newest first; a confined session sees only those of its organization. */
  async listFor(principal: Principal): Promise<AccountSessionDto[]> {
    return sessions.listLive(this.db, {
      userId: principal.userId,
      currentId: principal.sessionId,
      ssoOrganizationId: principal.ssoOrganizationId,
    });
  }

  /** Ends one of the caller's own sessions; another person's id is simply not found. */
  async endOwn(principal: Principal, sessionId: string): Promise<boolean> {
    const ended = await sessions.endOwn(this.db, { sessionId, userId: principal.userId, ssoOrganizationId: principal.ssoOrganizationId });
    return ended > 0;
  }

  async endOthers(principal: Principal): Promise<number> {
    return sessions.endOthers(this.db, {
      userId: principal.userId,
      currentId: principal.sessionId,
      ssoOrganizationId: principal.ssoOrganizationId,
    });
  }
}
