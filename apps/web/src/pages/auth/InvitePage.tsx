import { useParams } from 'react-router';
import { InvitationFlow } from '../../modules/auth';

/**
 * /invite/:token — what the invitation offers, then the one way to accept it that fits: a button for
 * the invited person already signed in, a sign-out offer for someone else, a password form otherwise.
 */
export function InvitePage() {
  const { token = '' } = useParams();
  return <InvitationFlow token={token} />;
}
