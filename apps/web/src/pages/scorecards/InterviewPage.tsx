import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { InterviewModeDocument } from '../../generated/graphql';
import { describeError } from '../../modules/errors';
import { InterviewHeader, ScoringWorkspace, SubmittedScorecard } from '../../modules/scorecards';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';
import '../../modules/scorecards/scorecards.css';

function NotLoaded({ error }: { error: unknown }) {
  const problem = describeError(error);
  const missing = problem.code === 'NOT_FOUND' || problem.code === 'FORBIDDEN';
  return (
    <div className="page">
      <PageHeading title="Interview not found">{missing ? 'Interview not found' : 'The interview could not be loaded'}</PageHeading>
      <Alert tone="error">{missing ? 'This interview does not exist, or you do not sit on its panel.' : problem.message}</Alert>
      <p>
        <Link to="/">Back to the home page</Link>
      </p>
    </div>
  );
}

/**
 * /interviews/:id — interview mode. A draft scorecard opens the scoring workspace; a submitted one is
 * shown locked. The page reads the server's latest on open, because autosave builds on its version.
 */
export function InterviewPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(InterviewModeDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const interview = data?.interview;
  if (!interview) return loading ? <LoadingState label="Loading the interview…" /> : <NotLoaded error={error} />;
  const scorecard = interview.myScorecard;
  if (!scorecard) {
    return (
      <div className="page im-page">
        <InterviewHeader interview={interview} />
        <Alert tone="info">You are not on the panel of this interview, so there is no scorecard for you to fill in.</Alert>
      </div>
    );
  }
  if (scorecard.status === 'SUBMITTED') return <SubmittedScorecard interview={interview} scorecard={scorecard} />;
  return <ScoringWorkspace key={scorecard.id} interview={interview} scorecard={scorecard} />;
}
