import { ROLE_LABELS } from '@panelist/roles';
import { Link } from 'react-router';
import { useViewer } from '../../modules/auth';
import { ImportWizard } from '../../modules/bank-imports';
import { canEditBank } from '../../modules/questions';
import { Alert, PageHeading } from '../../modules/ui';
import '../../modules/bank-imports/bank-imports.css';

/** /bank/import: editors import a bank file; others are told who can. */
export function BankImportPage() {
  const viewer = useViewer();
  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/bank">Question bank</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">Import</span>
      </nav>
      <header className="page__header">
        <PageHeading title="Import questions">Import questions</PageHeading>
        <p className="lead">Bring an existing bank into Panelist. You see exactly what would change before anything is saved.</p>
      </header>
      {canEditBank(viewer.role) ? (
        <ImportWizard />
      ) : (
        <div className="stack">
          <Alert tone="info">
            Your role ({ROLE_LABELS[viewer.role]}) can read the question bank but not import into it. Ask an admin or a hiring manager.
          </Alert>
          <p>
            <Link to="/bank">Back to the question bank</Link>
          </p>
        </div>
      )}
    </div>
  );
}
