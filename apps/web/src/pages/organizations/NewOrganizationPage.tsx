import { Link, useNavigate } from 'react-router';
import { useOrganizationChanged, useViewer } from '../../modules/auth';
import { CreateOrganizationForm } from '../../modules/organizations';
import { Alert, PageHeading } from '../../modules/ui';

/** /organizations/new — start an organization of your own, as its admin. */
export function NewOrganizationPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const organizationChanged = useOrganizationChanged();
  return (
    <div className="page page--narrow">
      <header className="page__header">
        <PageHeading title="Create an organization">Create an organization</PageHeading>
        <p className="lead">
          You become its admin and can invite your team. You stay a member of{' '}
          {viewer.memberships.length === 1 ? viewer.organization.name : 'your other organizations'} and can switch back at any time.
        </p>
      </header>
      {viewer.canCreateOrganization ? (
        <section className="card">
          <CreateOrganizationForm
            onCreated={async () => {
              // The session now works in the new organization: reload everything from there.
              await navigate('/', { replace: true });
              await organizationChanged();
            }}
          />
        </section>
      ) : (
        <div className="stack">
          <Alert tone="info">
            {viewer.singleSignOn
              ? `You signed in with ${viewer.organization.name}’s single sign-on, which keeps this session in ${viewer.organization.name}. Sign in with your password to create an organization.`
              : 'Creating organizations is restricted on this Panelist instance (to admins of an organization, or to its operator).'}
          </Alert>
          <p>
            <Link to="/">Back to the home page</Link>
          </p>
        </div>
      )}
    </div>
  );
}
