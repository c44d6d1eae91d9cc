import { useId, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout, LoginForm, SingleSignOnForm, noticeFrom, redirectTarget, ssoErrorMessage, useSignedIn } from '../../modules/auth';
import { Alert, PageHeading } from '../../modules/ui';

interface LoginPageProps {
  /** A full page load to the identity provider; replaced in tests. */
  goToIdentityProvider?: (url: string) => void;
}

export function LoginPage({ goToIdentityProvider }: LoginPageProps = {}) {
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const [searchParams] = useSearchParams();
  const notice = noticeFrom(location.state);
  const ssoError = ssoErrorMessage(searchParams.get('error'));
  // A failed single sign-on comes back here: keep that option open so trying again is one step.
  const [ssoOpen, setSsoOpen] = useState(ssoError !== null);
  const ssoPanelId = useId();
  const target = redirectTarget(location.state);

  return (
    <AuthLayout>
      <PageHeading title="Sign in" focusOnMount={false}>
        Sign in
      </PageHeading>
      <p className="muted">Use the email address your organization invited you with.</p>
      {ssoError ? <Alert tone="error">{ssoError}</Alert> : null}
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      <LoginForm
        onSignedIn={async (viewer) => {
          await signedIn(viewer);
          await navigate(target, { replace: true });
        }}
      />
      <div className="auth__alternative">
        <p className="auth__divider">
          <span>or</span>
        </p>
        <button
          type="button"
          className="button button--block"
          aria-expanded={ssoOpen}
          aria-controls={ssoPanelId}
          onClick={() => setSsoOpen((open) => !open)}
        >
          Sign in with single sign-on
        </button>
        <div id={ssoPanelId} hidden={!ssoOpen}>
          {ssoOpen ? <SingleSignOnForm redirect={target} go={goToIdentityProvider} /> : null}
        </div>
      </div>
      <p className="auth__footnote">New here? An admin of your organization sends you an invitation link to join.</p>
    </AuthLayout>
  );
}
