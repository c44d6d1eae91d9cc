import { GraphQLError } from 'graphql';
import { ThrottlerException } from '@nestjs/throttler';
import { AppError } from './app-error';
import { formatGraphQLError } from './format-graphql-error';

function format(error: Error, extensions: Record<string, unknown> = {}) {
  const wrapped = new GraphQLError(error.message, { originalError: error, path: ['field'], extensions });
  return formatGraphQLError(
    { message: wrapped.message, path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.ts:1'], ...extensions } },
    wrapped,
  );
}

describe('formatGraphQLError', () => {
  beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));

  it('keeps code, field and message of errors thrown on purpose', () => {
    expect(format(AppError.badInput('email', 'Email must be a valid email address.'))).toEqual({
      message: 'Email must be a valid email address.',
      path: ['field'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'email' },
    });
  });

  it('never shows SQL, driver messages or stack traces: only a reference', () => {
    const formatted = format(new Error('duplicate key value violates unique constraint "users_email_key" SELECT * FROM users'));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reference: expect.any(String) });
    expect(formatted.message).toMatch(/^Something went wrong on our side \(reference [0-9a-f-]{36}\)\.$/);
    expect(JSON.stringify(formatted)).not.toMatch(/SELECT|users_email_key|stacktrace/);
  });

  it('answers SERVICE_UNAVAILABLE, not INTERNAL_SERVER_ERROR, when the database does not answer', () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(format(refused).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(format(new Error('timeout exceeded when trying to connect')).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    const statementTimeout = Object.assign(new Error('Query failed'), { driverError: { code: '57014' } });
    expect(format(statementTimeout)).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      message: expect.stringMatching(/cannot reach its database/),
    });
  });

  it('maps rate limiting to RATE_LIMITED', () => {
    expect(format(new ThrottlerException()).extensions).toEqual({ code: 'RATE_LIMITED' });
  });

  it("maps GraphQL's own validation errors to BAD_USER_INPUT naming the variable", () => {
    const error = new GraphQLError('Variable "$input" got invalid value; Field "password" of required type "String!" was not provided.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const formatted = formatGraphQLError({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }, error);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
  });
});
