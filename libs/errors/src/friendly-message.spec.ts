import { friendlyMessage, isErrorCode } from './index';

describe('friendlyMessage', () => {
  it('passes through messages written for people on input and conflict errors', () => {
    expect(friendlyMessage('BAD_USER_INPUT', 'Email must be a valid email address')).toBe('Email must be a valid email address');
    expect(friendlyMessage('CONFLICT', 'This person is already a member')).toBe('This person is already a member');
  });

  it('never shows internal error text to a person', () => {
    expect(friendlyMessage('INTERNAL_SERVER_ERROR', 'relation "users" does not exist')).toBe(
      'Something went wrong on our side. Try again in a moment.',
    );
  });

  it('explains a forbidden action in terms of roles', () => {
    expect(friendlyMessage('FORBIDDEN')).toMatch(/role/);
  });

  it('recognises only the codes of the shared vocabulary', () => {
    expect(isErrorCode('CONFLICT')).toBe(true);
    expect(isErrorCode('GRAPHQL_VALIDATION_FAILED')).toBe(false);
  });
});
