import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-jwt';
import { AppError } from '../common/errors/app-error';
import { isDatabaseUnavailable } from '../common/errors/database-unavailable';
import type { Principal } from '../common/auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from './session-cookie';
import { SESSION_AUDIENCE, sessionSecretKey } from './session-token';
import { SessionsService, type SessionTokenPayload } from './sessions.service';

function tokenFromCookie(req: Request): string | null {
  const cookies = req.cookies as Record<string, string | undefined> | undefined;
  return cookies?.[SESSION_COOKIE] ?? null;
}

/** passport-jwt reads the signed cookie; the session row decides whether it still counts. */
@Injectable()
export class SessionJwtStrategy extends PassportStrategy(Strategy, 'session-jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: tokenFromCookie,
      // A KeyObject: given a string, jsonwebtoken first tries (and fails) to parse it as a public key on every request.
      secretOrKey: sessionSecretKey(config.jwtSecret) as unknown as string,
      algorithms: ['HS256'],
      issuer: config.publicUrl,
      audience: SESSION_AUDIENCE,
    });
  }

  async validate(payload: SessionTokenPayload): Promise<Principal> {
    // "The session is invalid" signs the user out; "the database does not answer" must not.
    const principal =
      typeof payload.sid === 'string'
        ? await this.sessions.resolve(payload.sid).catch((error: unknown) => {
            if (isDatabaseUnavailable(error)) throw AppError.serviceUnavailable();
            throw error;
          })
        : null;
    if (!principal) {
      throw AppError.unauthenticated('Your session has ended or your access was removed. Sign in again.');
    }
    return principal;
  }
}
