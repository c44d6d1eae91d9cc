import { ChangePasswordForm, EmailPreferences, OrganizationsList, SessionsList } from '../../modules/account';
import { useViewer } from '../../modules/auth';
import { PageHeading } from '../../modules/ui';

/** /account — the signed-in person's own password, sessions and organizations. */
export function AccountPage() {
  const viewer = useViewer();
  return (
    <div className="page">
      <header className="page__header">
        <PageHeading title="Your account">Your account</PageHeading>
        <p className="lead">
          Signed in as <strong>{viewer.user.name}</strong> ({viewer.user.email}).
        </p>
      </header>

      <section className="card" aria-labelledby="password-heading">
        <div className="card__header">
          <h2 id="password-heading">Password</h2>
          <p className="muted">Enter your current password, then choose a new one.</p>
        </div>
        <ChangePasswordForm email={viewer.user.email} />
      </section>

      <section className="card" aria-labelledby="email-heading">
        <div className="card__header">
          <h2 id="email-heading">Email</h2>
          <p className="muted">Invitations, password resets and interview invitations always arrive; these two you can turn off.</p>
        </div>
        <EmailPreferences />
      </section>

      <section className="card" aria-labelledby="sessions-heading">
        <div className="card__header">
          <h2 id="sessions-heading">Your sessions</h2>
          <p className="muted">
            Browsers and devices signed in to your account. Sign out any you do not recognise, then change your password.
          </p>
        </div>
        <SessionsList />
      </section>

      <section className="card" aria-labelledby="organizations-heading">
        <div className="card__header">
          <h2 id="organizations-heading">Your organizations</h2>
          <p className="muted">
            {viewer.memberships.length > 1
              ? 'Switch between them with the organization menu at the top of the page.'
              : `You work in ${viewer.organization.name}.`}
          </p>
        </div>
        <OrganizationsList viewer={viewer} />
      </section>
    </div>
  );
}
