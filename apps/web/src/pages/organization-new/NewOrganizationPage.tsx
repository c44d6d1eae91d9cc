import { Link, useNavigate } from 'react-router';
import { useSignedIn } from '../../modules/auth/hooks/useSignedIn';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { CreateOrganizationForm } from '../../modules/organizations/components/CreateOrganizationForm';
import { Alert } from '../../modules/ui/components/Alert';
import { PageHeading } from '../../modules/ui/components/PageHeading';

/** /organizations/new — start an organization of your own, as its admin. */
export function NewOrganizationPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  return (
    <div className="page page--narrow">
      <header className="page__header">
        <PageHeading title="Create an organization">Create an organization</PageHeading>
        <p className="lead">
          You become its admin and can invite your team. You stay a member of{' '}
          {viewer.memberships.length === 1 ? viewer.organization.name : 'your other organizations'} and can switch back at
          any time.
        </p>
      </header>
      {viewer.canCreateOrganization ? (
        <section className="card">
          <CreateOrganizationForm
            onCreated={async (created) => {
              // The session now works in the new organization: start from a clean cache there.
              await signedIn(created);
              await navigate('/', { replace: true });
            }}
          />
        </section>
      ) : (
        <div className="stack">
          <Alert tone="info">
            {viewer.singleSignOn
              ? `You signed in with ${viewer.organization.name}’s single sign-on, which keeps this session in ${viewer.organization.name}. Sign in with your password to create an organization.`
              : 'On this Panelist instance only admins of an existing organization can create a new one. Ask an admin.'}
          </Alert>
          <p>
            <Link to="/">Back to the home page</Link>
          </p>
        </div>
      )}
    </div>
  );
}
