import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { InterviewLoopDocument, type InterviewLoopQuery } from '../../generated/graphql';
import { useViewer } from '../../modules/auth/hooks/useViewer';
import { describeError } from '../../modules/errors/utils/describe-error';
import { InterviewCard } from '../../modules/interviews/components/InterviewCard';
import { LiveProgress } from '../../modules/interviews/components/LiveProgress';
import { LoopManagersOnly } from '../../modules/interviews/components/LoopManagersOnly';
import { Notice } from '../../modules/interviews/components/Notice';
import { RepeatedQuestionsWarning } from '../../modules/interviews/components/RepeatedQuestionsWarning';
import { ScheduleInterviewForm } from '../../modules/interviews/components/ScheduleInterviewForm';
import { usePanelProgress } from '../../modules/interviews/hooks/usePanelProgress';
import { useSchedulingOptions } from '../../modules/interviews/hooks/useSchedulingOptions';
import { canManageLoops } from '../../modules/interviews/utils/loop-roles';
import { repeatedQuestionViews } from '../../modules/interviews/utils/repeated-questions';
import { Alert } from '../../modules/ui/components/Alert';
import { LoadingState } from '../../modules/ui/components/LoadingState';
import { PageHeading } from '../../modules/ui/components/PageHeading';

type Loop = InterviewLoopQuery['interviewLoop'];

/** The first round of the job that has no interview in the loop yet, to preselect in the form. */
function nextRound(loop: Loop): string {
  const scheduled = new Set(loop.interviews.map((interview) => interview.roundName));
  const round = [...loop.job.rounds].sort((a, b) => a.position - b.position).find((candidate) => !scheduled.has(candidate.name));
  return round ? `round:${round.id}` : '';
}

function LoopView({ loop }: { loop: Loop }) {
  const { announcement, paused } = usePanelProgress(loop.id);
  const options = useSchedulingOptions();
  const [notice, setNotice] = useState('');
  const rounds = [...loop.job.rounds].sort((a, b) => a.position - b.position);
  const repeated = repeatedQuestionViews(loop.repeatedQuestions, loop.interviews);
  return (
    <>
      <LiveProgress announcement={announcement} paused={paused} />
      <Notice>{notice}</Notice>
      <RepeatedQuestionsWarning repeated={repeated} />
      <section className="loop-section" aria-labelledby="loop-interviews-heading">
        <h2 id="loop-interviews-heading">
          Interviews <span className="count-pill count-pill--neutral">{loop.interviews.length}</span>
        </h2>
        {loop.interviews.length === 0 ? (
          <div className="empty-state">
            <h3>No interviews yet</h3>
            <p className="muted">Schedule the first round below; the panel finds it on their My interviews page.</p>
          </div>
        ) : (
          <ol className="interview-list">
            {loop.interviews.map((interview) => (
              <li key={interview.id}>
                <InterviewCard
                  interview={interview}
                  loopId={loop.id}
                  rounds={rounds}
                  kits={options.kits}
                  scorers={options.scorers}
                  onChanged={setNotice}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="schedule-heading">
        <div className="card__header">
          <h2 id="schedule-heading">Schedule an interview</h2>
          <p className="muted">Pick a round, a time and the panel. Each interviewer scores on their own before seeing the others.</p>
        </div>
        {options.error ? <Alert tone="error">{describeError(options.error).message}</Alert> : null}
        {options.loading ? (
          <LoadingState label="Loading interviewers and kits…" />
        ) : (
          <ScheduleInterviewForm
            key={loop.interviews.length}
            loopId={loop.id}
            rounds={rounds}
            kits={options.kits}
            scorers={options.scorers}
            suggestedSource={nextRound(loop)}
            onDone={setNotice}
          />
        )}
      </section>
    </>
  );
}

/** /loops/:id — one candidate's interviews for one job, with the panel's progress live. */
export function LoopPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const manager = canManageLoops(viewer.role);
  const { data, error, loading } = useQuery(InterviewLoopDocument, { variables: { id }, fetchPolicy: 'cache-and-network', skip: !manager });
  const loop = data?.interviewLoop;
  return (
    <div className="page loop-page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link to="/jobs">Jobs</Link>
        <span aria-hidden="true">/</span>
        {loop ? <Link to={`/jobs/${loop.job.id}`}>{loop.job.title}</Link> : <span>Job</span>}
        <span aria-hidden="true">/</span>
        <span aria-current="page">{loop ? loop.candidate.name : 'Interview loop'}</span>
      </nav>
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <p className="eyebrow">Interview loop</p>
          <PageHeading title={loop ? `${loop.candidate.name} · ${loop.job.title}` : 'Interview loop'}>{loop ? loop.candidate.name : 'Interview loop'}</PageHeading>
          {loop ? (
            <p className="lead">
              for <Link to={`/jobs/${loop.job.id}`}>{loop.job.title}</Link>
            </p>
          ) : null}
        </div>
        {loop ? (
          <div className="page__actions">
            <Link to={`/loops/${loop.id}/scorecard`} className="button button--primary">
              Panel scorecard
            </Link>
            <Link to={`/candidates/${loop.candidate.id}`} className="button">
              Candidate details
            </Link>
          </div>
        ) : null}
      </header>
      {!manager ? (
        <LoopManagersOnly what="candidates’ interview loops" />
      ) : loop ? (
        <LoopView loop={loop} />
      ) : loading ? (
        <LoadingState label="Loading the loop…" />
      ) : (
        <Alert tone="error">{describeError(error).message}</Alert>
      )}
    </div>
  );
}
