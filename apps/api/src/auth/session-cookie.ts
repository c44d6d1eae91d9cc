import type { CookieOptions, Response } from 'express';

/** httpOnly: page scripts never see the token. SameSite=Lax plus Apollo's CSRF check cover CSRF. */
export const SESSION_COOKIE = 'panelist_session';

export function sessionCookieOptions(secure: boolean, maxAgeMs?: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) };
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions(secure));
}
