import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { GraphQLFormattedError } from 'graphql';
import { isErrorCode } from '@panelist/errors';
import { AppError } from './app-error';
import { isDatabaseUnavailable } from './database-unavailable';
import { currentRequestScope } from '../http/request-scope';

const logger = new Logger('GraphQL');

/** Errors that GraphQL itself raises about a malformed request; their messages name the field. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** The innermost field a GraphQL request error names ("Field \"password\" ..."), else its variable. */
function fieldNamedIn(message: string): string | undefined {
  const field = /[Ff]ield "(?:\w+\.)*(\w+)"/.exec(message)?.[1];
  return field ?? /\$(\w+)/.exec(message)?.[1];
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current && typeof current === 'object' && 'originalError' in current && current.originalError) {
    current = current.originalError;
  }
  return current;
}

/**
 * Gives every error the same shape and never lets a stack trace, SQL or driver message out:
 * unknown errors are logged with a reference that the client sees instead.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const answer = formatWithoutRequestId(formatted, error);
  // The request id (also the x-request-id header and every log line of the request) lets support find the logs.
  const requestId = currentRequestScope()?.requestId;
  return requestId ? { ...answer, extensions: { ...answer.extensions, requestId } } : answer;
}

function formatWithoutRequestId(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  if (original instanceof ThrottlerException) {
    const scope = currentRequestScope();
    logger.warn(`throttled: ${formatted.path?.join('.') ?? 'request'} refused for ${scope?.ipAddress ?? 'unknown address'}`);
    return { ...base, message: 'Too many attempts. Wait a minute and try again.', extensions: { code: 'RATE_LIMITED' } };
  }
  if (isDatabaseUnavailable(original)) {
    logger.warn(`database unavailable: ${original instanceof Error ? original.message : String(original)}`);
    const unavailable = AppError.serviceUnavailable();
    return { ...base, message: unavailable.message, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const field = fieldNamedIn(formatted.message);
    return { ...base, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } };
  }
  if (typeof code === 'string' && isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...base, extensions: { code } };
  }
  const reference = randomUUID();
  logger.error(`[${reference}] ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
  return {
    message: `Something went wrong on our side (reference ${reference}).`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
  };
}
