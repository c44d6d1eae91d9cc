import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@panelist/errors';

/**
 * The one error the API throws on purpose. It reaches the client as
 * `{ message, extensions: { code, field } }`; anything else becomes INTERNAL_SERVER_ERROR.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message, { extensions: { code, ...(field ? { field } : {}) } });
  }

  static unauthenticated(message = 'You are not signed in, or your session has ended.'): AppError {
    return new AppError('UNAUTHENTICATED', message);
  }

  static forbidden(message = 'Your role does not allow this.'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static notFound(what: string, field?: string): AppError {
    return new AppError('NOT_FOUND', `${what} was not found in your organization.`, field);
  }

  static badInput(field: string, message: string): AppError {
    return new AppError('BAD_USER_INPUT', message, field);
  }

  /** The database (or another dependency) does not answer: nothing is wrong with the request or the session. */
  static serviceUnavailable(message = 'The service cannot reach its database right now. Try again in a moment.'): AppError {
    return new AppError('SERVICE_UNAVAILABLE', message);
  }

  static conflict(message: string, field?: string): AppError {
    return new AppError('CONFLICT', message, field);
  }
}
