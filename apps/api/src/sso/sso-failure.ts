/**
 * Why a single sign-on attempt did not sign anyone in. The code travels to `/login?error=<code>`
 * for the login page to explain; the detail only reaches the server log.
 */
export const SSO_FAILURE_CODES = [
  /** Anything the identity provider or the protocol got wrong (state, nonce, audience, signature ...). */
  'sso_failed',
  /** The provider did not assert a verified email address. */
  'sso_email_unverified',
  /** Nobody with this email is a member, and its domain is not one the organization lets join. */
  'sso_domain_not_allowed',
  /** The email belongs to an account that is not a member here: it joins only through an invitation. */
  'sso_account_exists',
  /** The organization's membership of this person is deactivated. */
  'sso_member_deactivated',
  /** The organization has no enabled connection, or its provider cannot be reached. */
  'sso_unavailable',
] as const;

export type SsoFailureCode = (typeof SSO_FAILURE_CODES)[number];

export class SsoFailure extends Error {
  constructor(
    readonly code: SsoFailureCode,
    detail: string,
  ) {
    super(detail);
  }
}
