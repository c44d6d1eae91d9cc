/** The codes the API's OpenID Connect callback sends back as /login?error=<code>. */
export const SSO_ERROR_MESSAGES = {
  sso_failed: 'Single sign-on did not complete. Try again; if it keeps failing, ask an admin of your organization.',
  sso_email_unverified:
    'Your identity provider has not confirmed your email address, so Panelist cannot sign you in with it. Confirm your email there, or ask an admin.',
  sso_domain_not_allowed:
    'Your email domain is not allowed to sign in to this organization with single sign-on. Ask an admin of the organization to invite you.',
  sso_account_exists:
    'A Panelist account with your email already exists and is not linked to this organization’s single sign-on. Sign in with your password, or ask an admin of the organization to invite you.',
  sso_member_deactivated:
    'Your membership of this organization is deactivated, so single sign-on cannot sign you in. Ask an admin of the organization.',
  sso_unavailable: 'Single sign-on is not available for that organization: check its short name, or sign in with your password.',
} as const;

export type SsoErrorCode = keyof typeof SSO_ERROR_MESSAGES;

function isSsoErrorCode(code: string): code is SsoErrorCode {
  return Object.hasOwn(SSO_ERROR_MESSAGES, code);
}

/** What to tell the person for `?error=<code>`; an unknown code still gets a sentence, never the raw code. */
export function ssoErrorMessage(code: string | null): string | null {
  if (!code) return null;
  return isSsoErrorCode(code) ? SSO_ERROR_MESSAGES[code] : SSO_ERROR_MESSAGES.sso_failed;
}

/** Organization short names (slugs) as the database allows them. */
const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** The short name as typed, tidied: trimmed and lower-cased. */
export function normalizeSlug(value: string): string {
  return value.trim().toLowerCase();
}

export function isValidSlug(slug: string): boolean {
  return SLUG.test(slug);
}

/** Where the browser goes (a full page load) to start single sign-on for an organization. */
export function ssoStartUrl(slug: string, redirect: string): string {
  const query = new URLSearchParams({ organization: slug, redirect });
  return `/auth/oidc/start?${query.toString()}`;
}
