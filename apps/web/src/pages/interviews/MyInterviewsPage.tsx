import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ROLE_LABELS } from '@panelist/roles';
import { MyInterviewsDocument } from '../../generated/graphql';
import { useViewer } from '../../modules/auth';
import { describeError } from '../../modules/errors';
import { MyInterviewsTable, canScore, needsScoring } from '../../modules/interviews';
import { Alert, LoadingState, PageHeading } from '../../modules/ui';

function MyInterviewsList() {
  const { data, error, loading } = useQuery(MyInterviewsDocument, { fetchPolicy: 'cache-and-network' });
  const interviews = data?.myInterviews;
  if (error && !interviews) return <Alert tone="error">{describeError(error).message}</Alert>;
  if (!interviews) return loading ? <LoadingState label="Loading your interviews…" /> : null;
  if (interviews.length === 0) {
    return (
      <div className="empty-state">
        <h3>No interviews yet</h3>
        <p className="muted">When a recruiter puts you on a panel, the interview shows up here with its kit.</p>
      </div>
    );
  }
  // The API lists the ones to score first (soonest first), then submitted ones (latest first).
  const toScore = interviews.filter((interview) => needsScoring(interview.myScorecard?.status));
  const submitted = interviews.filter((interview) => !needsScoring(interview.myScorecard?.status));
  return (
    <>
      <section className="stack" aria-labelledby="to-score-heading">
        <h2 id="to-score-heading">
          To score <span className="count-pill">{toScore.length}</span>
        </h2>
        {toScore.length === 0 ? (
          <p className="health-ok">All your scorecards are submitted.</p>
        ) : (
          <MyInterviewsTable caption="Interviews to score" interviews={toScore} />
        )}
      </section>
      {submitted.length > 0 ? (
        <section className="stack" aria-labelledby="submitted-heading">
          <h2 id="submitted-heading">
            Submitted <span className="count-pill count-pill--ok">{submitted.length}</span>
          </h2>
          <MyInterviewsTable caption="Interviews you have scored" interviews={submitted} />
        </section>
      ) : null}
    </>
  );
}

/** /my-interviews: the interviews the signed-in person sits on, and the way into scoring each. */
export function MyInterviewsPage() {
  const viewer = useViewer();
  return (
    <div className="page">
      <header className="page__header">
        <PageHeading title="My interviews">My interviews</PageHeading>
        <p className="lead">Interviews you sit on. Score each one on your own: you see colleagues’ scores only after submitting yours.</p>
      </header>
      {canScore(viewer.role) ? (
        <MyInterviewsList />
      ) : (
        <div className="stack">
          <Alert tone="info">
            Your role ({ROLE_LABELS[viewer.role]}) schedules interviews but does not score them, so you sit on no panels.
          </Alert>
          <p>
            <Link to="/jobs">Go to jobs</Link>
          </p>
        </div>
      )}
    </div>
  );
}
