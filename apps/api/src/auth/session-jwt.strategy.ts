import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport';
import { AppError } from '../common/errors/app-error';
import { isDatabaseUnavailable } from '../common/errors/database-unavailable';
import type { Principal } from '../common/auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from './session-cookie';
import { SessionsService } from './sessions.service';
import { sessionTokenVerifier, type SessionTokenPayload, type SessionTokenVerifier } from './session-token';

type Done = (error: unknown, principal?: Principal | false) => void;

/**
 * A passport strategy for the signed session cookie: the token is checked by the process's verifier
 * (which remembers tokens it has checked), then the verify callback — Nest's `validate` below —
 * decides whether the session still counts.
 */
class SessionCookieStrategy extends Strategy {
  constructor(
    private readonly verifyToken: SessionTokenVerifier,
    private readonly verify: (payload: SessionTokenPayload, done: Done) => void,
  ) {
    super();
  }

  override authenticate(req: Request): void {
    const token = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    const payload = token ? this.verifyToken(token) : null;
    if (!payload) {
      this.fail(401);
      return;
    }
    this.verify(payload, (error, principal) => {
      if (error) this.error(error);
      else if (principal) this.success(principal);
      else this.fail(401);
    });
  }
}

/** The signed cookie names a session; the session row decides whether it still counts. */
@Injectable()
export class SessionJwtStrategy extends PassportStrategy(SessionCookieStrategy, 'session-jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super(sessionTokenVerifier(config));
  }

  async validate(payload: SessionTokenPayload): Promise<Principal> {
    // "The session is invalid" signs the user out; "the database does not answer" must not.
    const principal = await this.sessions.resolve(payload.sid).catch((error: unknown) => {
      if (isDatabaseUnavailable(error)) throw AppError.serviceUnavailable();
      throw error;
    });
    if (!principal) {
      throw AppError.unauthenticated('Your session has ended or your access was removed. Sign in again.');
    }
    return principal;
  }
}
