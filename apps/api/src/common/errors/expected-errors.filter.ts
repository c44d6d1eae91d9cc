import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ThrottlerException } from '@nestjs/throttler';
import type { Response } from 'express';
import type { ErrorCode } from '@panelist/errors';
import { AppError } from './app-error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

const logger = new Logger('Throttling');

/**
 * A body over the limit: body-parser's PayloadTooLargeError (platform-express 12 hands the filter every
 * 4xx http-errors error wrapped in an HttpException of its status) or the body-limit middleware's own.
 */
const isTooLarge = (error: unknown) => error instanceof HttpException && error.getStatus() === 413;

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/**
 * A request refused before any handler read it: a body that is not JSON, an unknown charset or encoding
 * (platform-express turns body-parser's 4xx errors into HttpExceptions of their status), an unknown route.
 */
function unreadableRequest(error: unknown): { status: number; code: ErrorCode; message: string } | null {
  if (!(error instanceof HttpException)) return null;
  const status = error.getStatus();
  if (status < 400 || status >= 500) return null;
  const code = CODE_BY_STATUS[status] ?? 'BAD_USER_INPUT';
  if (code === 'NOT_FOUND') return { status, code, message: 'There is nothing at this address.' };
  const message = code === 'BAD_USER_INPUT' ? 'The request cannot be read: send a JSON body in UTF-8.' : error.message;
  return { status, code, message };
}

/**
 * Errors we throw on purpose are answers, not incidents: GraphQL's formatter gets them without Nest
 * logging a stack trace for each wrong password. Over HTTP they, a body over the size limit and a
 * request that cannot be read get the same { errors: [{ message, extensions: { code } }] } shape as GraphQL errors.
 */
@Catch()
export class ExpectedErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    if (isTooLarge(exception)) {
      // Only a bank file may be larger than 100 kB, so the answer names the file.
      const message = 'The request is too large: at most 100 kB, or a bank file of at most 20 MB sent while signed in.';
      response.status(413).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] });
      return;
    }
    if (exception instanceof AppError || exception instanceof ThrottlerException) {
      const code: ErrorCode = exception instanceof AppError ? exception.code : 'RATE_LIMITED';
      if (code === 'RATE_LIMITED')
        logger.warn(`throttled: ${host.switchToHttp().getRequest<{ path?: string }>().path ?? 'request'} refused`);
      response.status(HTTP_STATUS[code]).json({ errors: [{ message: exception.message, extensions: { code } }] });
      return;
    }
    const unreadable = unreadableRequest(exception);
    if (unreadable) {
      response.status(unreadable.status).json({ errors: [{ message: unreadable.message, extensions: { code: unreadable.code } }] });
      return;
    }
    super.catch(exception, host);
  }
}
