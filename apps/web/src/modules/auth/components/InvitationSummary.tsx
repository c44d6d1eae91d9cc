import { ROLE_LABELS, type Role } from '@panelist/roles';
import { describeExpiry } from '../../ui';

interface InvitationSummaryProps {
  organizationName: string;
  role: Role;
  email: string;
  expiresAt: string;
}

/** What accepting an invitation gives: which organization, which role, for which email, until when. */
export function InvitationSummary({ organizationName, role, email, expiresAt }: InvitationSummaryProps) {
  return (
    <dl className="summary summary--grid">
      <div>
        <dt>Organization</dt>
        <dd>{organizationName}</dd>
      </div>
      <div>
        <dt>Role</dt>
        <dd>{ROLE_LABELS[role]}</dd>
      </div>
      <div className="summary__wide">
        <dt>Sign-in email</dt>
        <dd>{email}</dd>
      </div>
      <div>
        <dt>Link expires</dt>
        <dd>{describeExpiry(expiresAt)}</dd>
      </div>
    </dl>
  );
}
