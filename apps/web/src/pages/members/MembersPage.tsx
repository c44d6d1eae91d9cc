import { Link } from 'react-router';
import { ROLE_LABELS, canReadMembers } from '@panelist/roles';
import { useViewer } from '../../modules/auth';
import { MembersDirectory } from '../../modules/members';
import { Alert, PageHeading } from '../../modules/ui';

export function MembersPage() {
  const viewer = useViewer();
  const canRead = canReadMembers(viewer.role);
  return (
    <div className="page">
      <header className="page__header">
        <PageHeading title="Members">Members</PageHeading>
        {canRead ? <p className="lead">Who is in {viewer.organization.name}, and with which role.</p> : null}
      </header>
      {canRead ? (
        <MembersDirectory viewer={viewer} />
      ) : (
        <div className="stack">
          <Alert tone="info">
            Your role ({ROLE_LABELS[viewer.role]}) cannot see the members of {viewer.organization.name}. If you need this, ask an admin.
          </Alert>
          <p>
            <Link to="/">Back to the home page</Link>
          </p>
        </div>
      )}
    </div>
  );
}
