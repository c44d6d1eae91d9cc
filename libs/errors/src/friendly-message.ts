import type { ErrorCode } from './error-code';

const FALLBACK: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Please sign in again to continue.',
  FORBIDDEN: 'Your role does not allow this. Ask an admin if you need access.',
  NOT_FOUND: 'That item does not exist, or it is not in your organization.',
  BAD_USER_INPUT: 'Some of the input is not valid. Check the highlighted field.',
  CONFLICT: 'Someone else changed this at the same time. Reload to see the latest version.',
  RATE_LIMITED: 'Too many attempts. Wait a minute and try again.',
  SERVICE_UNAVAILABLE: "We can't reach the server right now. Your changes are kept; try again in a moment.",
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Try again in a moment.',
};

/**
 * Text to show a person for an API error: the server's own message when it is written for people
 * (validation, conflicts), otherwise a friendly sentence for the code.
 */
export function friendlyMessage(code: ErrorCode, serverMessage?: string | null): string {
  const specific = code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'NOT_FOUND';
  if (specific && serverMessage) return serverMessage;
  if (code === 'UNAUTHENTICATED' && serverMessage) return serverMessage;
  return FALLBACK[code];
}
