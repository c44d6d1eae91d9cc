import { Link } from 'react-router';
import { useViewer } from '../../modules/auth';
import { Count, DuplicatesSection, MissingRubricSection, ProtectedSection, useBankHealth } from '../../modules/bank-health';
import { describeError } from '../../modules/errors';
import { plural } from '../../modules/format';
import { canEditBank } from '../../modules/questions';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';
import '../../modules/bank-health/bank-health.css';

/** /bank/health: questions without a rubric, possible duplicates, protected-characteristic findings. */
export function BankHealthPage() {
  const viewer = useViewer();
  const editor = canEditBank(viewer.role);
  const { health, error, loading, dismissing, notice, notDuplicates } = useBankHealth();

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/bank">Question bank</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">Bank health</span>
      </nav>
      <header className="page__header">
        <PageHeading title="Bank health">Bank health</PageHeading>
        <p className="lead">What to fix before these questions are used in interviews.</p>
      </header>

      {!health ? (
        loading ? (
          <LoadingState label="Checking the bank…" />
        ) : (
          <Alert tone="error">{describeError(error).message}</Alert>
        )
      ) : (
        <>
          <nav className="health-summary" aria-label="Sections">
            <a href="#missing-rubric" className="health-summary__item">
              <Count value={health.missingRubricCount} /> without a rubric
            </a>
            <a href="#duplicates" className="health-summary__item">
              <Count value={health.possibleDuplicates.length} /> possible duplicates
            </a>
            <a href="#protected" className="health-summary__item">
              <Count value={health.protectedCharacteristics.length} /> protected-characteristic findings
            </a>
          </nav>

          <div className="notice-region" aria-live="polite" aria-atomic="true">
            {notice ? <div className={`alert alert--${notice.tone}`}>{notice.text}</div> : null}
          </div>

          <MissingRubricSection health={health} />

          <DuplicatesSection health={health} editor={editor} dismissing={dismissing} notDuplicates={notDuplicates} />

          <ProtectedSection health={health} />
          <p className="muted small">
            {plural(health.missingRubricCount + health.possibleDuplicates.length + health.protectedCharacteristics.length, 'item')} to
            review in total.
          </p>
        </>
      )}
    </div>
  );
}
