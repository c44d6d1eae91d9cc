import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { NavLink, Outlet, matchPath, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, canReadMembers, type Role } from '@panelist/roles';
import { LogoutDocument } from '../../../generated/graphql';
import { countPendingScorecards } from '../../scorecards';

/** Signing out while offline must not pass silently: those changes exist only on this device. */
export function unsavedChangesWarning(count: number): string {
  const what = count === 1 ? 'One scorecard has changes' : `${count} scorecards have changes`;
  return `${what} that are not saved to the server yet (offline, or a save failed). They stay on this device and are sent when you open the interview again after signing in. Sign out anyway?`;
}
import { canReadAuditTrail } from '../../audit';
import { useViewer } from '../../auth';
import { BrandMark, PHONE_QUERY, useMediaQuery } from '../../ui';
import { canManageLoops, canScore } from '../../interviews';
import { canManageOrganization } from '../../organizations';
import { useNavOverflow } from '../hooks/useNavOverflow';
import { MoreMenu } from './MoreMenu';
import { OrganizationSwitcher } from './OrganizationSwitcher';
import '../shell.css';

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

/** The pages a role can use, in the order the navigation shows them (what does not fit goes into More). */
export function navItemsFor(role: Role): NavItem[] {
  const items: Array<NavItem | false> = [
    { to: '/', label: 'Home', end: true },
    canScore(role) && { to: '/my-interviews', label: 'My interviews' },
    canManageLoops(role) && { to: '/jobs', label: 'Jobs' },
    canManageLoops(role) && { to: '/candidates', label: 'Candidates' },
    { to: '/bank', label: 'Bank' },
    { to: '/kits', label: 'Kits' },
    // Every role: loop managers see the whole organization, an interviewer only their own calibration.
    { to: '/analytics', label: 'Analytics' },
    canReadMembers(role) && { to: '/members', label: 'Members' },
    canReadAuditTrail(role) && { to: '/audit', label: 'Audit' },
    canManageOrganization(role) && { to: '/settings', label: 'Settings' },
    { to: '/account', label: 'Account' },
  ];
  return items.filter((item): item is NavItem => item !== false);
}

function isCurrent(item: NavItem, pathname: string): boolean {
  return matchPath({ path: item.to, end: item.end ?? false }, pathname) !== null;
}

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
  const items = navItemsFor(viewer.role);
  const location = useLocation();
  // On a phone the account (name, role, sign out) moves into the More menu; elsewhere it stays in the bar.
  const phone = useMediaQuery(PHONE_QUERY);
  const rowRef = useRef<HTMLElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const visible = useNavOverflow(rowRef, measureRef, items.length, phone);
  const overflow = items.slice(visible);
  const userCard = (
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
  );
  const signOutButton = (
    <button type="button" className="button button--quiet" onClick={() => void signOut()} disabled={signingOut}>
      {signingOut ? 'Signing out…' : 'Sign out'}
    </button>
  );
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
          <div className="shell__account">
            {canSwitch ? <OrganizationSwitcher viewer={viewer} onSwitched={setAnnouncement} /> : null}
            {viewer.canCreateOrganization ? (
              <NavLink to="/organizations/new" className="shell__new-org">
                <span aria-hidden="true">+</span> New organization
              </NavLink>
            ) : null}
            {phone ? null : (
              <>
                {userCard}
                {signOutButton}
              </>
            )}
          </div>
          <nav className="shell__nav" aria-label="Main" ref={rowRef}>
            {items.slice(0, visible).map((item) => (
              <NavLink key={item.to} to={item.to} end={item.end} className="shell__link">
                {item.label}
              </NavLink>
            ))}
            {overflow.length || phone ? (
              <MoreMenu holdsCurrentPage={overflow.some((item) => isCurrent(item, location.pathname))}>
                {overflow.length ? (
                  <ul className="shell__more-links">
                    {overflow.map((item) => (
                      <li key={item.to}>
                        <NavLink to={item.to} end={item.end} className="shell__more-link">
                          {item.label}
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {phone ? (
                  <div className="shell__more-account">
                    {userCard}
                    {signOutButton}
                  </div>
                ) : null}
              </MoreMenu>
            ) : null}
            {/* A hidden copy of every item and the More button, measured to decide what fits. */}
            <div className="shell__nav-measure" aria-hidden="true" ref={measureRef}>
              {items.map((item) => (
                <span key={item.to} className="shell__link">
                  {item.label}
                </span>
              ))}
              <span className="shell__link shell__more-button">
                More <span>▾</span>
              </span>
            </div>
          </nav>
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
