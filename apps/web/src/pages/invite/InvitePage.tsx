import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { ROLE_LABELS } from '@panelist/roles';
import { InvitationDocument } from '../../generated/graphql';
import { AcceptInvitationForm } from '../../modules/auth/components/AcceptInvitationForm';
import { AuthLayout } from '../../modules/auth/components/AuthLayout';
import { useSignedIn } from '../../modules/auth/hooks/useSignedIn';
import { describeError } from '../../modules/errors/utils/describe-error';
import { Alert } from '../../modules/ui/components/Alert';
import { LoadingState } from '../../modules/ui/components/LoadingState';
import { PageHeading } from '../../modules/ui/components/PageHeading';

export function InvitePage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const { data, error, loading } = useQuery(InvitationDocument, { variables: { token }, fetchPolicy: 'network-only' });

  if (loading) {
    return (
      <AuthLayout>
        <LoadingState label="Checking your invitation…" />
      </AuthLayout>
    );
  }

  if (error || !data) {
    const problem = describeError(error);
    const unusable = problem.code === 'NOT_FOUND' || problem.code === 'BAD_USER_INPUT';
    return (
      <AuthLayout>
        <PageHeading title="Invitation not valid">
          {unusable ? 'This invitation cannot be used' : 'Your invitation could not be loaded'}
        </PageHeading>
        <Alert tone="error">
          {unusable
            ? 'The link is invalid, has expired or was already used. Ask an admin of your organization for a new invitation link.'
            : problem.message}
        </Alert>
        <p className="auth__footnote">
          Already chose a password? <Link to="/login">Sign in</Link>
        </p>
      </AuthLayout>
    );
  }

  const invitation = data.invitation;
  return (
    <AuthLayout>
      <PageHeading title="Join your team" focusOnMount={false}>
        Join {invitation.organizationName}
      </PageHeading>
      <p className="muted">
        Hello {invitation.name}, you have been invited to <strong>{invitation.organizationName}</strong> as{' '}
        <strong>{ROLE_LABELS[invitation.role]}</strong>. Choose a password to finish setting up your account.
      </p>
      <dl className="summary">
        <div>
          <dt>Your sign-in email</dt>
          <dd>{invitation.email}</dd>
        </div>
      </dl>
      <AcceptInvitationForm
        token={token}
        email={invitation.email}
        onAccepted={async (viewer) => {
          await signedIn(viewer);
          await navigate('/', { replace: true });
        }}
      />
    </AuthLayout>
  );
}
