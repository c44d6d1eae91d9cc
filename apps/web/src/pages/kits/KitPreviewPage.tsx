import { Link } from 'react-router';
import { useViewer } from '../../modules/auth';
import { canEditBank } from '../../modules/questions';
import { KitDocument, KitNotFound, useKitFromRoute } from '../../modules/kits';
import { BrandMark, LoadingState, PageHeading } from '../../modules/ui';
import '../../modules/kits/kits.css';

/** /kits/:id/preview: the kit exactly as the interviewer will see it; printing uses the print view's layout. */
export function KitPreviewPage() {
  const viewer = useViewer();
  const { id, kit, error, loading } = useKitFromRoute();
  if (!kit) return loading ? <LoadingState label="Loading the kit…" /> : <KitNotFound error={error} />;
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
  const { id, kit, error, loading } = useKitFromRoute();
  if (!kit)
    return <main className="print-page">{loading ? <LoadingState label="Loading the kit…" /> : <KitNotFound error={error} />}</main>;
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
