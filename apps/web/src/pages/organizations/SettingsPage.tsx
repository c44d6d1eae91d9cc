import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ROLE_LABELS } from '@panelist/roles';
import { OrganizationSettingsDocument } from '../../generated/graphql';
import { AuditRetentionSettings } from '../../modules/audit';
import { useViewer } from '../../modules/auth';
import { CandidateRetentionSettings } from '../../modules/candidate-data';
import { describeError } from '../../modules/errors';
import { OrganizationNameForm, PasswordSignInSetting, SsoConnectionForm, canManageOrganization } from '../../modules/organizations';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';

/** /settings — the organization's name, how its members sign in, and its single sign-on (admins). */
export function SettingsPage() {
  const viewer = useViewer();
  const allowed = canManageOrganization(viewer.role);
  const { data, error, loading, refetch } = useQuery(OrganizationSettingsDocument, {
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  /** After a CONFLICT: the settings as they are now. */
  const reload = async () => (await refetch()).data?.organizationSettings;

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <PageHeading title="Organization settings">Organization settings</PageHeading>
        {allowed ? (
          <p className="lead">How {viewer.organization.name} is named, how its members sign in, and how long its data is kept.</p>
        ) : null}
      </header>
      {!allowed ? (
        <div className="stack">
          <Alert tone="info">
            Your role ({ROLE_LABELS[viewer.role]}) cannot change the settings of {viewer.organization.name}. Ask an admin.
          </Alert>
          <p>
            <Link to="/">Back to the home page</Link>
          </p>
        </div>
      ) : error && !data ? (
        <Alert tone="error">{describeError(error).message}</Alert>
      ) : loading && !data ? (
        <LoadingState label="Loading settings…" />
      ) : data ? (
        <>
          <section className="card" aria-labelledby="organization-name-heading">
            <div className="card__header">
              <h2 id="organization-name-heading">Name</h2>
            </div>
            <OrganizationNameForm settings={data.organizationSettings} onStale={reload} />
          </section>
          <section className="card" aria-labelledby="password-sign-in-heading">
            <div className="card__header">
              <h2 id="password-sign-in-heading">Password sign-in</h2>
            </div>
            <PasswordSignInSetting settings={data.organizationSettings} viewerUsesSingleSignOn={viewer.singleSignOn} onStale={reload} />
          </section>
          <section className="card" aria-labelledby="sso-heading">
            <div className="card__header">
              <h2 id="sso-heading">Single sign-on (OpenID Connect)</h2>
              <p className="muted">
                Members sign in through your identity provider (Okta, Microsoft Entra ID, Google Workspace, Keycloak …) by entering the
                short name <strong className="cell-mono">{data.organizationSettings.slug}</strong> on the sign-in page.
              </p>
            </div>
            <SsoConnectionForm settings={data.organizationSettings} onStale={reload} />
          </section>
          <section className="card" id="data-retention" aria-labelledby="data-retention-heading">
            <div className="card__header">
              <h2 id="data-retention-heading">Data retention</h2>
              <p className="muted">How long the audit trail and candidates’ personal data are kept. Both are removed by an hourly job.</p>
            </div>
            <section className="stack" aria-labelledby="audit-retention-heading">
              <h3 id="audit-retention-heading">Audit trail</h3>
              <AuditRetentionSettings />
            </section>
            <section className="stack" aria-labelledby="candidate-retention-heading">
              <h3 id="candidate-retention-heading">Candidates</h3>
              <CandidateRetentionSettings />
            </section>
          </section>
        </>
      ) : null}
    </div>
  );
}
