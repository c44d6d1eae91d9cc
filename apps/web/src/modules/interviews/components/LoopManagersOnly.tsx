import { Link } from 'react-router';
import { ROLE_LABELS } from '@panelist/roles';
import { useViewer } from '../../auth';
import { Alert } from '../../ui';
import { canScore } from '../utils/loop-roles';

/** What an interviewer sees on a jobs, candidates or loop page: candidates' personal data is not theirs to read. */
export function LoopManagersOnly({ what }: { what: string }) {
  const viewer = useViewer();
  return (
    <div className="stack">
      <Alert tone="info">
        Your role ({ROLE_LABELS[viewer.role]}) cannot see {what}. Admins, hiring managers and recruiters manage candidates and their
        interview loops.
      </Alert>
      <p>{canScore(viewer.role) ? <Link to="/my-interviews">Go to your interviews</Link> : <Link to="/">Back to the home page</Link>}</p>
    </div>
  );
}
