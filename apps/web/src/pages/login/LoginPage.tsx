import { useLocation, useNavigate } from 'react-router';
import { LoginForm } from '../../modules/auth/components/LoginForm';
import { useSignedIn } from '../../modules/auth/hooks/useSignedIn';
import { noticeFrom, redirectTarget } from '../../modules/auth/utils/redirect-target';
import { Alert } from '../../modules/ui/components/Alert';
import { AuthLayout } from '../../modules/auth/components/AuthLayout';
import { PageHeading } from '../../modules/ui/components/PageHeading';

export function LoginPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const notice = noticeFrom(location.state);

  return (
    <AuthLayout>
      <PageHeading title="Sign in" focusOnMount={false}>
        Sign in
      </PageHeading>
      <p className="muted">Use the email address your organization added you with.</p>
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      <LoginForm
        onSignedIn={async (viewer) => {
          await signedIn(viewer);
          await navigate(redirectTarget(location.state), { replace: true });
        }}
      />
      <p className="auth__footnote">
        New here? An admin of your organization adds you and sends you an invitation link to choose a password.
      </p>
    </AuthLayout>
  );
}
