import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { PanelScorecardDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth';
import { describeError } from '../../modules/errors';
import { canManageLoops } from '../../modules/interviews';
import { DecisionPanel, HiddenPanelNotice, PanelFigures, SubmissionProgress, type PanelScorecard } from '../../modules/panel-scorecards';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';
import '../../modules/panel-scorecards/panel-scorecards.css';

function Breadcrumbs({ panel, manager }: { panel?: PanelScorecard; manager: boolean }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      {manager ? (
        <>
          <Link to="/jobs">Jobs</Link>
          <span aria-hidden="true">/</span>
          {panel ? <Link to={`/jobs/${panel.jobId}`}>{panel.jobTitle}</Link> : <span>Job</span>}
          <span aria-hidden="true">/</span>
          {panel ? <Link to={`/loops/${panel.loopId}`}>{panel.candidate.name}</Link> : <span>Candidate</span>}
        </>
      ) : (
        <Link to="/my-interviews">My interviews</Link>
      )}
      <span aria-hidden="true">/</span>
      <span aria-current="page">Panel scorecard</span>
    </nav>
  );
}

function PanelView({ panel, manager }: { panel: PanelScorecard; manager: boolean }) {
  const viewer = useViewer();
  return (
    <>
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <p className="eyebrow">Panel scorecard</p>
          <PageHeading title={`${panel.candidate.name} · panel scorecard`}>{panel.candidate.name}</PageHeading>
          <p className="lead">for {manager ? <Link to={`/jobs/${panel.jobId}`}>{panel.jobTitle}</Link> : panel.jobTitle}</p>
        </div>
        {manager ? (
          <div className="page__actions">
            <Link to={`/loops/${panel.loopId}`} className="button">
              Interview loop
            </Link>
            <Link to={`/jobs/${panel.jobId}/compare`} className="button">
              Compare candidates
            </Link>
          </div>
        ) : null}
      </header>
      <section className="card" aria-label="Scorecards submitted">
        <SubmissionProgress
          submitted={panel.submitted}
          expected={panel.expected}
          missing={panel.missing}
          submittedBy={panel.submittedBy}
          viewerId={viewer.user.id}
        />
      </section>
      {panel.visible ? (
        <>
          <PanelFigures panel={panel} />
          <DecisionPanel panel={panel} />
        </>
      ) : (
        <HiddenPanelNotice />
      )}
    </>
  );
}

/** /loops/:loopId/scorecard — one candidate's aggregated panel, and the hiring decision. */
export function PanelScorecardPage() {
  const { loopId = '' } = useParams();
  const manager = canManageLoops(useViewer().role);
  const { data, error, loading } = useQuery(PanelScorecardDocument, { variables: { loopId }, fetchPolicy: 'cache-and-network' });
  const panel = data?.panelScorecard;
  const problem = error && !panel ? describeError(error) : null;
  return (
    <div className="page panel-page">
      <Breadcrumbs panel={panel} manager={manager} />
      {panel ? (
        <PanelView panel={panel} manager={manager} />
      ) : loading ? (
        <LoadingState label="Loading the panel scorecard…" />
      ) : (
        <>
          <PageHeading title="Panel scorecard">Panel scorecard</PageHeading>
          <Alert tone="error">
            {problem?.code === 'NOT_FOUND'
              ? 'This interview loop does not exist, or you do not sit on its panel.'
              : (problem?.message ?? 'The panel scorecard could not be loaded.')}
          </Alert>
        </>
      )}
    </div>
  );
}
