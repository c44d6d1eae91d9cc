import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
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

const isTooLarge = (error: unknown) => (error as { type?: string } | null)?.type === 'entity.too.large';

/**
 * Errors we throw on purpose are answers, not incidents: GraphQL's formatter gets them without Nest
 * logging a stack trace for each wrong password. Over HTTP they, and a body over the size limit,
 * get the same { errors: [{ message, extensions: { code } }] } shape as GraphQL errors.
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
      if (code === 'RATE_LIMITED') logger.warn(`throttled: ${host.switchToHttp().getRequest<{ path?: string }>().path ?? 'request'} refused`);
      response.status(HTTP_STATUS[code]).json({ errors: [{ message: exception.message, extensions: { code } }] });
      return;
    }
    super.catch(exception, host);
  }
}
