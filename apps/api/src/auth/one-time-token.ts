import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the secret part of an invitation or password-reset link. */
export const newToken = () => randomBytes(32).toString('base64url');

/** Links are stored only as their SHA-256, so a database leak gives away no usable link. */
export const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
