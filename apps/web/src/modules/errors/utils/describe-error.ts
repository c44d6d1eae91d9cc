import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { friendlyMessage, isErrorCode, type ErrorCode } from '@panelist/errors';

/** 'NETWORK' when the API could not be reached at all; otherwise a code of the shared vocabulary. */
export type ProblemCode = ErrorCode | 'NETWORK';

/** One API failure, ready to show: a friendly message and, for input errors, the field it concerns. */
export interface Problem {
  code: ProblemCode;
  message: string;
  /** The input field the server named (`extensions.field`), last path segment only, e.g. "email". */
  field: string | null;
}

const NETWORK_MESSAGE = 'Panelist cannot be reached right now. Check your connection and try again.';

function fieldName(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  const parts = value.split('.');
  return parts[parts.length - 1] ?? null;
}

/** Turns anything Apollo rejects with into a Problem; never leaks raw internal text. */
export function describeError(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    const rawCode = first?.extensions?.code;
    const code: ErrorCode = isErrorCode(rawCode) ? rawCode : 'INTERNAL_SERVER_ERROR';
    return { code, message: friendlyMessage(code, first?.message), field: fieldName(first?.extensions?.field) };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    const status = error.statusCode;
    if (status === 429) return { code: 'RATE_LIMITED', message: friendlyMessage('RATE_LIMITED'), field: null };
    if (status >= 500) return { code: 'INTERNAL_SERVER_ERROR', message: friendlyMessage('INTERNAL_SERVER_ERROR'), field: null };
    return { code: 'NETWORK', message: NETWORK_MESSAGE, field: null };
  }
  return { code: 'NETWORK', message: NETWORK_MESSAGE, field: null };
}

/** The code of the first GraphQL error, if the error is one. */
export function errorCode(error: unknown): ProblemCode | null {
  return error ? describeError(error).code : null;
}

/** A problem's message when it concerns `field`, for showing next to that input. */
export function messageFor(problem: Problem | null, field: string): string | undefined {
  return problem && problem.field === field ? problem.message : undefined;
}

/** A problem's message when it concerns none of the form's own fields, for the form-level alert. */
export function formLevelMessage(problem: Problem | null, fields: readonly string[]): string | undefined {
  if (!problem) return undefined;
  return problem.field && fields.includes(problem.field) ? undefined : problem.message;
}
