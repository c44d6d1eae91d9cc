import { Link } from 'react-router';
import { ROLE_LABELS } from '@panelist/roles';
import { useViewer } from '../../modules/auth';
import { AuditTrail, canReadAuditTrail } from '../../modules/audit';
import { Alert, PageHeading } from '../../modules/ui';
import '../../modules/audit/audit.css';

/** /audit — the organization's audit trail (admins): filters kept in the address, older pages, CSV. */
export function AuditPage() {
  const viewer = useViewer();
  const allowed = canReadAuditTrail(viewer.role);
  return (
    <div className="page">
      {allowed ? (
        <AuditTrail />
      ) : (
        <>
          <header className="page__header">
            <PageHeading title="Audit trail">Audit trail</PageHeading>
          </header>
          <div className="stack">
            <Alert tone="info">
              Your role ({ROLE_LABELS[viewer.role]}) cannot read the audit trail of {viewer.organization.name}. Ask an admin.
            </Alert>
            <p>
              <Link to="/">Back to the home page</Link>
            </p>
          </div>
        </>
      )}
    </div>
  );
}
