import type { Role } from '@panelist/roles';

/**
 * Who is calling, resolved on every request from the server-side session and membership: the
 * organization and role never come from client input.
 */
export interface Principal {
  sessionId: string;
  userId: string;
  organizationId: string;
  role: Role;
  /** Set when the session was signed in through this organization's single sign-on: it stays confined there. */
  ssoOrganizationId: string | null;
}
