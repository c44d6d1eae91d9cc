import { friendlyMessage, isErrorCode, type ErrorCode } from '@panelist/errors';

/**
 * What a form shows for a failed API call, built from the GraphQL response itself. No Apollo here: the
 * sign-in page posts its one mutation with `fetch` and uses this too (`describeError` is the Apollo side).
 */

/** 'NETWORK' when the API could not be reached at all; otherwise a code of the shared vocabulary. */
export type ProblemCode = ErrorCode | 'NETWORK';

/** One API failure, ready to show: a friendly message and, for input errors, the field it concerns. */
export interface Problem {
  code: ProblemCode;
  message: string;
  /** The input field the server named (`extensions.field`), last path segment only, e.g. "email". */
  field: string | null;
}

/** One entry of a GraphQL response's `errors`, as far as a problem needs it. */
export interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown>;
}

const NETWORK_MESSAGE = 'Panelist cannot be reached right now. Check your connection and try again.';

function fieldName(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  const parts = value.split('.');
  return parts[parts.length - 1] ?? null;
}

/** The first GraphQL error as a problem; a code outside the shared vocabulary never shows its raw text. */
export function problemFromGraphQLErrors(errors: readonly GraphQLErrorLike[]): Problem {
  const [first] = errors;
  const rawCode = first?.extensions?.code;
  const code: ErrorCode = isErrorCode(rawCode) ? rawCode : 'INTERNAL_SERVER_ERROR';
  return { code, message: friendlyMessage(code, first?.message), field: fieldName(first?.extensions?.field) };
}

/** An HTTP answer without a GraphQL response in it: too many requests, the server failing, or something in between. */
export function problemFromHttpStatus(status: number): Problem {
  if (status === 429) return { code: 'RATE_LIMITED', message: friendlyMessage('RATE_LIMITED'), field: null };
  if (status >= 500) return { code: 'INTERNAL_SERVER_ERROR', message: friendlyMessage('INTERNAL_SERVER_ERROR'), field: null };
  return networkProblem();
}

/** The API could not be reached. */
export function networkProblem(): Problem {
  return { code: 'NETWORK', message: NETWORK_MESSAGE, field: null };
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
