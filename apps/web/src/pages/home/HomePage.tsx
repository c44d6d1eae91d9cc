import { Link } from 'react-router';
import { LOOP_MANAGERS, ROLE_LABELS, canManageMembers, canReadMembers } from '@panelist/roles';
import { useViewer } from '../../modules/auth';
import { RoleCapabilitiesTable, RoleComparisonTable, ScorecardsToChase } from '../../modules/home';
import { PageHeading } from '../../modules/ui';

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

export function HomePage() {
  const viewer = useViewer();
  const roleLabel = ROLE_LABELS[viewer.role];
  return (
    <div className="page">
      <header className="page__header">
        <PageHeading title="Home">Welcome, {firstName(viewer.user.name)}</PageHeading>
        <p className="lead" data-testid="signed-in-as">
          Signed in as <strong>{viewer.user.name}</strong> — {roleLabel} at {viewer.organization.name}
        </p>
      </header>

      {LOOP_MANAGERS.includes(viewer.role) ? <ScorecardsToChase /> : null}

      <section className="card" aria-labelledby="capabilities-heading">
        <div className="card__header">
          <h2 id="capabilities-heading">What your role can do</h2>
          <p className="muted">
            Your role in {viewer.organization.name} decides what you can see and change. Only an admin can change roles.
          </p>
        </div>
        <RoleCapabilitiesTable role={viewer.role} />
        <details className="disclosure">
          <summary>Compare all roles</summary>
          <RoleComparisonTable currentRole={viewer.role} />
        </details>
      </section>

      {canReadMembers(viewer.role) ? (
        <section className="card card--row" aria-labelledby="members-heading">
          <div>
            <h2 id="members-heading">Members</h2>
            <p className="muted">
              {canManageMembers(viewer.role)
                ? 'Add people to your organization, send invitation links, change roles and deactivate accounts.'
                : 'See who is in your organization and which role each person has.'}
            </p>
          </div>
          <Link to="/members" className="button">
            {canManageMembers(viewer.role) ? 'Manage members' : 'View members'}
          </Link>
        </section>
      ) : null}
    </div>
  );
}
