import { createSecretKey, type KeyObject } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';

/** The `aud` of session tokens: a token minted for anything else (another app sharing the secret) is refused. */
export const SESSION_AUDIENCE = 'panelist:session';

/** What a session token carries: the account and the server-side session that decides whether it counts. */
export interface SessionTokenPayload {
  sub: string;
  sid: string;
}

const keys = new Map<string, KeyObject>();

/**
 * The session secret as a KeyObject, made once per secret. Given a string, jsonwebtoken first tries
 * (and fails, throwing) to read it as a public key on every verification: ~0.35 ms each time.
 */
export function sessionSecretKey(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret));
    keys.set(secret, key);
  }
  return key;
}

/** Tokens remembered per verifier; the oldest is forgotten first. */
const MAX_REMEMBERED = 10_000;

export type SessionTokenVerifier = (token: string) => SessionTokenPayload | null;

const verifiers = new Map<string, SessionTokenVerifier>();

/**
 * Checks a session cookie's signature, issuer, audience and expiry, and remembers a token that passed
 * until it expires. A signed-in request checked it twice (the body limit, then the guard), and every
 * request of a tab sends the same cookie: the signature is computed once per token, not per check
 * (jws, jsonwebtoken and base64 were ~3% of the API's CPU on a kit load). The answer for a token
 * cannot change before its `exp` under the same secret, so nothing revoked survives here: whether the
 * session still counts is the session row's (SessionCache) decision, made on every request.
 */
export function sessionTokenVerifier(config: { jwtSecret: string; publicUrl: string }): SessionTokenVerifier {
  const id = `${config.publicUrl}\n${config.jwtSecret}`;
  const existing = verifiers.get(id);
  if (existing) return existing;
  const tokens = new JwtService();
  // A KeyObject, not the string: see sessionSecretKey.
  const secret = sessionSecretKey(config.jwtSecret) as unknown as string;
  const remembered = new Map<string, { payload: SessionTokenPayload; expiresAtMs: number }>();
  const verifier: SessionTokenVerifier = (token) => {
    const known = remembered.get(token);
    if (known) {
      if (Date.now() < known.expiresAtMs) return known.payload;
      remembered.delete(token);
      return null;
    }
    let claims: SessionTokenPayload & { exp?: unknown };
    try {
      claims = tokens.verify(token, { secret, algorithms: ['HS256'], issuer: config.publicUrl, audience: SESSION_AUDIENCE });
    } catch {
      return null;
    }
    if (typeof claims.sid !== 'string' || typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null;
    const payload = { sub: claims.sub, sid: claims.sid };
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
    remembered.set(token, { payload, expiresAtMs: claims.exp * 1000 });
    return payload;
  };
  verifiers.set(id, verifier);
  return verifier;
}
