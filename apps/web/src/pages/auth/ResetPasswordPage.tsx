import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { PasswordResetDocument } from '../../generated/graphql';
import { AuthLayout, ResetPasswordForm, useSignedIn } from '../../modules/auth';
import { describeError } from '../../modules/errors';
import { Alert, LoadingState, PageHeading, describeExpiry } from '../../modules/ui';

/** /reset/:token — a one-time link from an admin: choose a new password, then carry on signed in. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const { data, error, loading } = useQuery(PasswordResetDocument, { variables: { token }, fetchPolicy: 'network-only' });

  if (loading) {
    return (
      <AuthLayout>
        <LoadingState label="Checking your link…" />
      </AuthLayout>
    );
  }

  if (error || !data) {
    const problem = describeError(error);
    const unusable = problem.code === 'NOT_FOUND' || problem.code === 'BAD_USER_INPUT';
    return (
      <AuthLayout>
        <PageHeading title="Reset link not valid">
          {unusable ? 'This reset link cannot be used' : 'Your reset link could not be checked'}
        </PageHeading>
        <Alert tone="error">
          {unusable
            ? 'The link is invalid, has expired or was already used. Ask an admin of your organization for a new one.'
            : problem.message}
        </Alert>
        <p className="auth__footnote">
          Remember your password? <Link to="/login">Sign in</Link>
        </p>
      </AuthLayout>
    );
  }

  const reset = data.passwordReset;
  return (
    <AuthLayout>
      <PageHeading title="Choose a new password" focusOnMount={false}>
        Choose a new password
      </PageHeading>
      <p className="muted">
        An admin of <strong>{reset.organizationName}</strong> sent you this link. Your new password replaces the old one, and every device
        signed in to your account is signed out.
      </p>
      <dl className="summary summary--grid">
        <div className="summary__wide">
          <dt>Account</dt>
          <dd>{reset.email}</dd>
        </div>
        <div>
          <dt>Link expires</dt>
          <dd>{describeExpiry(reset.expiresAt)}</dd>
        </div>
      </dl>
      <ResetPasswordForm
        token={token}
        email={reset.email}
        onReset={async (viewer) => {
          await signedIn(viewer);
          await navigate('/', { replace: true });
        }}
      />
    </AuthLayout>
  );
}
