import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describeError, formLevelMessage, messageFor } from '../utils/describe-error';

function graphQLErrors(...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) {
  return new CombinedGraphQLErrors({ errors, data: null });
}

describe('describeError', () => {
  it('keeps the server message and the field of an input error', () => {
    const problem = describeError(
      graphQLErrors({ message: 'Email must be a valid email address.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }),
    );
    expect(problem).toEqual({ code: 'BAD_USER_INPUT', message: 'Email must be a valid email address.', field: 'email' });
  });

  it('reduces a nested field path to the input name the form knows', () => {
    const problem = describeError(
      graphQLErrors({ message: 'Name must be 1 to 120 characters.', extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } }),
    );
    expect(problem.field).toBe('name');
  });

  it('never shows the text of an internal error', () => {
    const problem = describeError(
      graphQLErrors({ message: 'relation "memberships" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    );
    expect(problem.code).toBe('INTERNAL_SERVER_ERROR');
    expect(problem.message).not.toMatch(/relation/);
    expect(problem.message).toBe('Something went wrong on our side. Try again in a moment.');
  });

  it('treats a code outside the shared vocabulary as an internal error', () => {
    const problem = describeError(graphQLErrors({ message: 'Cannot query field "secret"', extensions: { code: 'WEIRD' } }));
    expect(problem.code).toBe('INTERNAL_SERVER_ERROR');
    expect(problem.message).not.toMatch(/secret/);
  });

  it('explains FORBIDDEN in terms of roles rather than the raw message', () => {
    const problem = describeError(graphQLErrors({ message: 'Forbidden resource', extensions: { code: 'FORBIDDEN' } }));
    expect(problem.message).toMatch(/role/i);
    expect(problem.message).not.toMatch(/resource/);
  });

  it('says the server cannot be reached when fetch fails', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({
      code: 'NETWORK',
      field: null,
      message: 'Panelist cannot be reached right now. Check your connection and try again.',
    });
  });

  it('maps an HTTP 5xx without a GraphQL body to the internal error text', () => {
    const error = new ServerError('Bad gateway', { response: { status: 502 } as unknown as Response, bodyText: '<html>' });
    expect(describeError(error).code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('messageFor / formLevelMessage', () => {
  const problem = { code: 'BAD_USER_INPUT' as const, message: 'Email is taken.', field: 'email' };

  it('puts a field error next to its field and not at form level', () => {
    expect(messageFor(problem, 'email')).toBe('Email is taken.');
    expect(messageFor(problem, 'name')).toBeUndefined();
    expect(formLevelMessage(problem, ['email', 'name'])).toBeUndefined();
  });

  it('shows an error about a field the form does not have at form level', () => {
    expect(formLevelMessage({ ...problem, field: 'token' }, ['password'])).toBe('Email is taken.');
    expect(formLevelMessage(null, ['password'])).toBeUndefined();
  });
});
