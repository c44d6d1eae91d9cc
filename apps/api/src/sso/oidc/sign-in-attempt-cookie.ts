import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { CookieOptions } from 'express';

/** Scoped to the callback, so it travels with nothing else. */
export const ATTEMPT_COOKIE = 'panelist_sso_attempt';
export const ATTEMPT_COOKIE_PATH = '/auth/oidc';
export const ATTEMPT_TTL_MS = 10 * 60_000;

/** What the callback must check the identity provider's answer against. */
export interface SignInAttempt {
  organizationId: string;
  issuer: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Path of this app to land on afterwards (already checked by safeRedirectPath). */
  redirect: string;
  expiresAt: number;
}

/**
 * Keeps the sign-in attempt in the browser, encrypted and authenticated (AES-256-GCM) with a key
 * derived from JWT_SECRET: any API instance sharing the secret can finish what another started, and
 * the browser can neither read the PKCE verifier nor change anything.
 */
export class SignInAttemptSealer {
  private readonly key: Buffer;

  constructor(jwtSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', jwtSecret, 'panelist', 'oidc sign-in attempt cookie', 32));
  }

  seal(attempt: SignInAttempt): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(attempt), 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
  }

  /** The attempt, or null when the cookie is missing, altered, from another secret or expired. */
  unseal(sealed: unknown, now = Date.now()): SignInAttempt | null {
    if (typeof sealed !== 'string') return null;
    const [iv, tag, body, extra] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    if (!iv || !tag || !body || extra || iv.length !== 12 || tag.length !== 16) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAuthTag(tag);
      const attempt = JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) as SignInAttempt;
      return typeof attempt.expiresAt === 'number' && attempt.expiresAt > now ? attempt : null;
    } catch {
      return null;
    }
  }
}

export function attemptCookieOptions(secure: boolean): CookieOptions {
  // Lax: the identity provider brings the browser back with a top-level GET, which carries it.
  return { httpOnly: true, sameSite: 'lax', secure, path: ATTEMPT_COOKIE_PATH, maxAge: ATTEMPT_TTL_MS };
}
