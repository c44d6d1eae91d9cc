import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { AcceptInvitationSignedInDocument, type ViewerFieldsFragment } from '../../../generated/graphql';
import { describeError } from '../../errors';
import { Alert } from '../../ui';

interface JoinWhileSignedInProps {
  token: string;
  organizationName: string;
  onJoined: (viewer: ViewerFieldsFragment) => void | Promise<void>;
}

/** The signed-in person is the one invited: one button joins with the account they are using. */
export function JoinWhileSignedIn({ token, organizationName, onJoined }: JoinWhileSignedInProps) {
  const [join, { loading }] = useMutation(AcceptInvitationSignedInDocument);
  const [error, setError] = useState<string | null>(null);

  async function accept() {
    setError(null);
    let viewer: ViewerFieldsFragment | undefined;
    try {
      viewer = (await join({ variables: { token } })).data?.acceptInvitationSignedIn;
    } catch (caught) {
      const problem = describeError(caught);
      setError(
        problem.code === 'FORBIDDEN'
          ? 'This invitation is for another email address than the account you are signed in with.'
          : problem.code === 'NOT_FOUND'
            ? 'This invitation link is no longer valid: it has expired, was revoked or was already used.'
            : problem.message,
      );
      return;
    }
    if (viewer) await onJoined(viewer);
  }

  return (
    <div className="stack">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <button type="button" className="button button--primary button--block" onClick={() => void accept()} disabled={loading}>
        {loading ? 'Joining…' : `Join ${organizationName}`}
      </button>
    </div>
  );
}
