import { ROLE_LABELS } from '@panelist/roles';
import { Link } from 'react-router';
import { useViewer } from '../../auth';
import { Alert } from '../../ui';
import '../questions.css';

/** Readers who open a new- or edit-question address. */
export function NotAllowedToEdit() {
  const viewer = useViewer();
  return (
    <div className="stack">
      <Alert tone="info">
        Your role ({ROLE_LABELS[viewer.role]}) can read the question bank but not change it. Admins and hiring managers write and edit
        questions.
      </Alert>
      <p>
        <Link to="/bank">Back to the question bank</Link>
      </p>
    </div>
  );
}
