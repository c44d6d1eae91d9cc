import { Link } from 'react-router';
import { PageHeading } from '../../modules/ui';

export function NotFoundPage() {
  return (
    <div className="page">
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p className="lead">There is no page at this address.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </div>
  );
}
