import { useId, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { ViewerFieldsFragment } from '../../generated/graphql';
import { AuthLayout, LoginForm, SingleSignOnForm, noticeFrom, redirectTarget, ssoErrorMessage } from '../../modules/auth';
import { Alert, PageHeading } from '../../modules/ui';

/**
 * Where signing in hands over to: the signed-in app (Apollo Client and the app shell), which this page
 * does not load, so that the first page most people open stays small.
 */
export interface SessionHandoff {
  /** Starts downloading the signed-in app; called as the password goes to the server, so both happen at once. */
  preload: () => void;
  /** Gives the signed-in app the person (forgetting whatever a previous one left); resolves when it can navigate on. */
  start: (viewer: ViewerFieldsFragment) => Promise<void>;
}

interface LoginPageProps {
  session: SessionHandoff;
  /** A full page load to the identity provider; replaced in tests. */
  goToIdentityProvider?: (url: string) => void;
  /** The transport of the sign-in request; replaced in tests. */
  fetchImpl?: typeof fetch;
}

export function LoginPage({ session, goToIdentityProvider, fetchImpl }: LoginPageProps) {
  const location = useLocation();
  const navigate = useNavigate();
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
        onSubmitted={session.preload}
        onSignedIn={async (viewer) => {
          await session.start(viewer);
          await navigate(target, { replace: true });
        }}
        fetchImpl={fetchImpl}
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
