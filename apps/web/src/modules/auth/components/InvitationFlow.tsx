import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ROLE_LABELS } from '@panelist/roles';
import { InvitationDocument, LogoutDocument, MeDocument, type ViewerFieldsFragment } from '../../../generated/graphql';
import { describeError } from '../../errors';
import { Alert, LoadingState, PageHeading } from '../../ui';
import { useSignedIn } from '../hooks/useSignedIn';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { AuthLayout } from './AuthLayout';
import { InvitationSummary } from './InvitationSummary';
import { JoinWhileSignedIn } from './JoinWhileSignedIn';

function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * What an invitation offers, then the one way to accept it that fits: a button for the invited person
 * already signed in, a sign-out offer for someone else, a password form otherwise.
 */
export function InvitationFlow({ token }: { token: string }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const signedIn = useSignedIn();
  const invitationQuery = useQuery(InvitationDocument, { variables: { token }, fetchPolicy: 'network-only' });
  // Who is signed in on this device, if anyone: an UNAUTHENTICATED answer simply means nobody.
  const meQuery = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const [logout, { loading: signingOut }] = useMutation(LogoutDocument);
  /** Joined, but this session could not move there (e.g. the organization allows only its single sign-on). */
  const [joinedElsewhere, setJoinedElsewhere] = useState<{ joined: string; current: string } | null>(null);

  async function signOut() {
    try {
      await logout();
    } catch {
      // Already signed out on the server.
    }
    // Refetches both queries: the page then shows the signed-out form.
    await client.resetStore().catch(() => undefined);
  }

  async function joined(viewer: ViewerFieldsFragment) {
    await signedIn(viewer);
    await navigate('/', { replace: true });
  }

  async function joinedSignedIn(viewer: ViewerFieldsFragment, organizationName: string) {
    if (viewer.organization.name === organizationName) return joined(viewer);
    setJoinedElsewhere({ joined: organizationName, current: viewer.organization.name });
  }

  if (joinedElsewhere) {
    return (
      <AuthLayout>
        <PageHeading title={`You joined ${joinedElsewhere.joined}`}>You joined {joinedElsewhere.joined}</PageHeading>
        <Alert tone="success">
          You are now a member of {joinedElsewhere.joined}. This session stays in {joinedElsewhere.current}: to work in{' '}
          {joinedElsewhere.joined}, sign out and sign in again (with its single sign-on if it uses one).
        </Alert>
        <p className="auth__footnote">
          {/* A full load: the app starts again from what the server now says about this session. */}
          <a href="/">Continue in {joinedElsewhere.current}</a>
        </p>
      </AuthLayout>
    );
  }

  if (invitationQuery.loading || (meQuery.loading && !meQuery.data)) {
    return (
      <AuthLayout>
        <LoadingState label="Checking your invitation…" />
      </AuthLayout>
    );
  }

  const { data, error } = invitationQuery;
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
            ? 'The link is invalid, has expired, was revoked or was already used. Ask an admin of the organization for a new invitation link.'
            : problem.message}
        </Alert>
        <p className="auth__footnote">
          Already have an account? <Link to="/login">Sign in</Link>
        </p>
      </AuthLayout>
    );
  }

  const invitation = data.invitation;
  const viewer = meQuery.data?.me ?? null;
  return (
    <AuthLayout>
      <PageHeading title={`Join ${invitation.organizationName}`} focusOnMount={false}>
        Join {invitation.organizationName}
      </PageHeading>
      <p className="muted">
        Hello {invitation.name}, you have been invited to <strong>{invitation.organizationName}</strong> as{' '}
        <strong>{ROLE_LABELS[invitation.role]}</strong>.
      </p>
      <InvitationSummary
        organizationName={invitation.organizationName}
        role={invitation.role}
        email={invitation.email}
        expiresAt={invitation.expiresAt}
      />
      {viewer && sameEmail(viewer.user.email, invitation.email) ? (
        <>
          <p>
            You are signed in as <strong>{viewer.user.email}</strong>. Join to add {invitation.organizationName} to your organizations; you
            can switch between them at any time.
          </p>
          <JoinWhileSignedIn
            token={token}
            organizationName={invitation.organizationName}
            onJoined={(joinedViewer) => joinedSignedIn(joinedViewer, invitation.organizationName)}
          />
        </>
      ) : viewer ? (
        <div className="stack">
          <Alert tone="info">
            This invitation is for <strong>{invitation.email}</strong>, but you are signed in as <strong>{viewer.user.email}</strong>. Sign
            out, then accept it with the invited account.
          </Alert>
          <button type="button" className="button button--block" onClick={() => void signOut()} disabled={signingOut}>
            {signingOut ? 'Signing out…' : `Sign out ${viewer.user.email}`}
          </button>
          <p className="auth__footnote">
            Not for you? <Link to="/">Back to Panelist</Link>
          </p>
        </div>
      ) : (
        <AcceptInvitationForm token={token} email={invitation.email} organizationName={invitation.organizationName} onAccepted={joined} />
      )}
    </AuthLayout>
  );
}
