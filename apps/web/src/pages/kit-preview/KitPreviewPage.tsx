import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { KitDocument as KitQuery } from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { canEditBank } from '../../modules/questions';
import { describeError } from '../../modules/errors/utils/describe-error';
import { KitDocument } from '../../modules/kits/components/KitDocument';
import { Alert } from '../../modules/ui/components/Alert';
import { BrandMark } from '../../modules/ui/components/BrandMark';
import { LoadingState } from '../../modules/ui/components/LoadingState';
import { PageHeading } from '../../modules/ui/components/PageHeading';

function useKit() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(KitQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return { id, kit: data?.kit, error, loading };
}

function NotLoaded({ error }: { error: unknown }) {
  const problem = describeError(error);
  return (
    <div className="page">
      <PageHeading title="Kit not found">{problem.code === 'NOT_FOUND' ? 'Kit not found' : 'The kit could not be loaded'}</PageHeading>
      <Alert tone="error">{problem.code === 'NOT_FOUND' ? 'This kit does not exist, or it belongs to another organization.' : problem.message}</Alert>
      <p>
        <Link to="/kits">Back to the kits</Link>
      </p>
    </div>
  );
}

/** /kits/:id/preview: the kit exactly as the interviewer will see it; printing uses the print view's layout. */
export function KitPreviewPage() {
  const viewer = useViewer();
  const { id, kit, error, loading } = useKit();
  if (!kit) return loading ? <LoadingState label="Loading the kit…" /> : <NotLoaded error={error} />;
  return (
    <div className="page kit-preview">
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <nav className="breadcrumbs" aria-label="Breadcrumb">
            <Link to="/kits">Kits</Link>
            <span aria-hidden="true">/</span>
            <span aria-current="page">Preview</span>
          </nav>
          <PageHeading title={`${kit.title} (preview)`}>{kit.title}</PageHeading>
          <p className="lead">{kit.roleName}</p>
        </div>
        <div className="page__actions">
          {canEditBank(viewer.role) ? (
            <Link to={`/kits/${id}`} className="button">
              Edit
            </Link>
          ) : null}
          <Link to={`/kits/${id}/print`} className="button">
            Print view
          </Link>
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </header>
      <KitDocument kit={kit} />
    </div>
  );
}

/** /kits/:id/print: no navigation, one page per section. */
export function KitPrintPage() {
  const { id, kit, error, loading } = useKit();
  if (!kit) return <main className="print-page">{loading ? <LoadingState label="Loading the kit…" /> : <NotLoaded error={error} />}</main>;
  return (
    <main className="print-page">
      <div className="print-page__toolbar">
        <Link to={`/kits/${id}/preview`}>Back to the preview</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <header className="print-page__header">
        <BrandMark />
        <PageHeading title={`${kit.title} (print)`}>{kit.title}</PageHeading>
        <p className="lead">{kit.roleName}</p>
      </header>
      <KitDocument kit={kit} />
    </main>
  );
}
