import { Link } from 'react-router';
import { describeError } from '../../errors';
import { Alert, PageHeading } from '../../ui';
import '../kits.css';

/** The kit could not be loaded: not found (or another organization's), or why not. */
export function KitNotFound({ error }: { error: unknown }) {
  const problem = describeError(error);
  return (
    <div className="page">
      <PageHeading title="Kit not found">{problem.code === 'NOT_FOUND' ? 'Kit not found' : 'The kit could not be loaded'}</PageHeading>
      <Alert tone="error">
        {problem.code === 'NOT_FOUND' ? 'This kit does not exist, or it belongs to another organization.' : problem.message}
      </Alert>
      <p>
        <Link to="/kits">Back to the kits</Link>
      </p>
    </div>
  );
}
