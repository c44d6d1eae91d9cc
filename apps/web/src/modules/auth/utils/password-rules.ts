import type { Problem } from '../../errors';

/** The API's minimum (apps/api/src/auth/password-policy.ts); it also refuses common passwords and the email. */
export const MIN_PASSWORD_LENGTH = 10;

export const NEW_PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters, and not a common password. A short sentence is easy to remember and hard to guess.`;

/**
 * Checks done before asking the server: the same length rule it applies, and that both entries
 * match. The fields are named as in the form, so the message lands next to the right input.
 */
export function checkNewPassword(
  password: string,
  confirmation: string,
  fields: { password: string; confirmation: string } = { password: 'password', confirmation: 'confirmPassword' },
): Problem | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      code: 'BAD_USER_INPUT',
      field: fields.password,
      message: `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`,
    };
  }
  if (password !== confirmation) {
    return { code: 'BAD_USER_INPUT', field: fields.confirmation, message: 'The two passwords do not match.' };
  }
  return null;
}
