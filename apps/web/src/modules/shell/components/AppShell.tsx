import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { ROLE_LABELS, canReadMembers } from '@panelist/roles';
import { LogoutDocument } from '../../../generated/graphql';
import { countPendingScorecards } from '../../scorecards';

/** Signing out while offline must not pass silently: those changes exist only on this device. */
export function unsavedChangesWarning(count: number): string {
  const what = count === 1 ? 'One scorecard has changes' : `${count} scorecards have changes`;
  return `${what} that are not saved to the server yet (offline, or a save failed). They stay on this device and are sent when you open the interview again after signing in. Sign out anyway?`;
}
import { canReadAuditTrail } from '../../audit';
import { useViewer } from '../../auth';
import { BrandMark } from '../../ui';
import { canManageLoops, canScore } from '../../interviews';
import { canManageOrganization } from '../../organizations';
import { OrganizationSwitcher } from './OrganizationSwitcher';

/** The frame around every signed-in page; the navigation lists only pages the role can use. */
export function AppShell() {
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading: signingOut }] = useMutation(LogoutDocument);
  const [announcement, setAnnouncement] = useState('');

  async function signOut() {
    const pending = countPendingScorecards(typeof window === 'undefined' ? null : window.localStorage);
    if (pending > 0 && !window.confirm(unsavedChangesWarning(pending))) return;
    try {
      await logout();
    } catch {
      // The session may already be gone; either way the person ends up signed out.
    }
    await navigate('/login', { replace: true, state: { notice: 'You have signed out.' } });
    await client.clearStore();
  }

  // A single sign-on session is confined to its organization: no switching there.
  const canSwitch = viewer.memberships.length > 1 && !viewer.singleSignOn;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <NavLink to="/" className="shell__brand" aria-label="Panelist home">
            <BrandMark />
          </NavLink>
          <nav className="shell__nav" aria-label="Main">
            <NavLink to="/" end className="shell__link">
              Home
            </NavLink>
            {canScore(viewer.role) ? (
              <NavLink to="/my-interviews" className="shell__link">
                My interviews
              </NavLink>
            ) : null}
            {canManageLoops(viewer.role) ? (
              <>
                <NavLink to="/jobs" className="shell__link">
                  Jobs
                </NavLink>
                <NavLink to="/candidates" className="shell__link">
                  Candidates
                </NavLink>
              </>
            ) : null}
            <NavLink to="/bank" className="shell__link">
              Bank
            </NavLink>
            <NavLink to="/kits" className="shell__link">
              Kits
            </NavLink>
            {/* Every role: loop managers see the whole organization, an interviewer only their own calibration. */}
            <NavLink to="/analytics" className="shell__link">
              Analytics
            </NavLink>
            {canReadMembers(viewer.role) ? (
              <NavLink to="/members" className="shell__link">
                Members
              </NavLink>
            ) : null}
            {canReadAuditTrail(viewer.role) ? (
              <NavLink to="/audit" className="shell__link">
                Audit
              </NavLink>
            ) : null}
            {canManageOrganization(viewer.role) ? (
              <NavLink to="/settings" className="shell__link">
                Settings
              </NavLink>
            ) : null}
            <NavLink to="/account" className="shell__link">
              Account
            </NavLink>
          </nav>
          <div className="shell__account">
            {canSwitch ? <OrganizationSwitcher viewer={viewer} onSwitched={setAnnouncement} /> : null}
            {viewer.canCreateOrganization ? (
              <NavLink to="/organizations/new" className="shell__new-org">
                <span aria-hidden="true">+</span> New organization
              </NavLink>
            ) : null}
            <div className="shell__user">
              <span className="shell__user-name">{viewer.user.name}</span>
              <span className="shell__user-meta">
                <span className="shell__user-role">{ROLE_LABELS[viewer.role]}</span>
                {canSwitch ? null : (
                  <span className="shell__org" title={viewer.organization.name}>
                    {viewer.organization.name}
                  </span>
                )}
              </span>
            </div>
            <button type="button" className="button button--quiet" onClick={() => void signOut()} disabled={signingOut}>
              {signingOut ? 'Signing out…' : 'Sign out'}
            </button>
          </div>
        </div>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <main className="shell__main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
