import { Link } from 'react-router';
import { ROLE_LABELS } from '@panelist/roles';
import type { Viewer } from '../../auth';

/** The organizations the person belongs to, and the way to start a new one where allowed. */
export function OrganizationsList({ viewer }: { viewer: Viewer }) {
  return (
    <>
      <ul className="plain-list">
        {viewer.memberships.map((membership) => (
          <li key={membership.organization.id} className="plain-list__item">
            <span className="member-name">{membership.organization.name}</span>
            <span className="muted small">{ROLE_LABELS[membership.role]}</span>
            {membership.organization.id === viewer.organization.id ? <span className="tag">Current</span> : null}
          </li>
        ))}
      </ul>
      {viewer.singleSignOn ? (
        <p className="muted small">
          You signed in with {viewer.organization.name}’s single sign-on, so this session stays in {viewer.organization.name}. Sign in with
          your password to work in your other organizations.
        </p>
      ) : viewer.canCreateOrganization ? (
        <p>
          <Link to="/organizations/new" className="button">
            Create an organization
          </Link>
        </p>
      ) : null}
    </>
  );
}
