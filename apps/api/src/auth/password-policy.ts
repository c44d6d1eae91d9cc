import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** ~49,000 passwords most often found in breaches (zxcvbn-ts's list), lower-cased once at start-up. */
const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));

const normalized = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Why a new password is refused, or null when it is acceptable: long enough, not among the most
 * common breached passwords (also with a trailing digit or symbol tacked on), not one repeated
 * character, and not the person's email or name.
 */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  const withoutSuffix = lower.replace(/[\d\W_]{1,4}$/, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(withoutSuffix) || /^(.)\1+$/.test(password)) {
    return 'This password is among the most common ones found in data breaches. Choose another.';
  }
  const bare = normalized(password);
  const personal = [person.email, person.email?.split('@')[0], person.name].filter((part): part is string => !!part).map(normalized);
  if (personal.some((part) => part.length >= 4 && (bare === part || (bare.includes(part) && bare.length - part.length <= 4)))) {
    return 'Password must not be your email address or name.';
  }
  return null;
}
