import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
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
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * Errors we throw on purpose are answers, not incidents: hand them to GraphQL's formatter without
 * Nest logging a stack trace for each wrong password. Anything else still reaches the logs.
 */
@Catch(AppError, ThrottlerException)
export class ExpectedErrorsFilter implements ExceptionFilter {
  catch(exception: AppError | ThrottlerException, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception;
    const code: ErrorCode = exception instanceof AppError ? exception.code : 'RATE_LIMITED';
    host.switchToHttp().getResponse<Response>().status(HTTP_STATUS[code]).json({ code, message: exception.message });
  }
}
