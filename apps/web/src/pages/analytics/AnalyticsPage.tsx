import { useViewer } from '../../modules/auth';
import { CalibrationSection, ReliabilitySection } from '../../modules/analytics';
import { canManageLoops } from '../../modules/interviews';
import { PageHeading } from '../../modules/ui';
import '../../modules/panel-scorecards/panel-scorecards.css';
import '../../modules/panel-scorecards/comparison.css';
import '../../modules/analytics/analytics.css';

/** /analytics — interviewer calibration and panel reliability; an interviewer sees only their own calibration. */
export function AnalyticsPage() {
  const manager = canManageLoops(useViewer().role);
  return (
    <div className="page analytics-page">
      <header className="page__header">
        <PageHeading title="Analytics">Analytics</PageHeading>
        <p className="lead">
          {manager
            ? 'Whether interviewers rate alike, and whether the panels on each job agree. Every figure says what it means.'
            : 'How your ratings compare with the other interviewers on your panels.'}
        </p>
      </header>
      <CalibrationSection ownOnly={!manager} />
      {manager ? <ReliabilitySection /> : null}
    </div>
  );
}
