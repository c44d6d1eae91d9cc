import { useState } from 'react';
import type { InterviewLoopQuery } from '../../../generated/graphql';
import { describeError } from '../../errors';
import { Alert, LoadingState } from '../../ui';
import { usePanelProgress } from '../hooks/usePanelProgress';
import { useSchedulingOptions } from '../hooks/useSchedulingOptions';
import { repeatedQuestionViews } from '../utils/repeated-questions';
import { InterviewCard } from './InterviewCard';
import { LiveProgress } from './LiveProgress';
import { Notice } from './Notice';
import { RepeatedQuestionsWarning } from './RepeatedQuestionsWarning';
import { ScheduleInterviewForm } from './ScheduleInterviewForm';

type Loop = InterviewLoopQuery['interviewLoop'];

/** The first round of the job that has no interview in the loop yet, to preselect in the form. */
function nextRound(loop: Loop): string {
  const scheduled = new Set(loop.interviews.map((interview) => interview.roundName));
  const round = [...loop.job.rounds].sort((a, b) => a.position - b.position).find((candidate) => !scheduled.has(candidate.name));
  return round ? `round:${round.id}` : '';
}

/** A loop's page body: the panel's live progress, the interviews, and scheduling the next one. */
export function LoopView({ loop }: { loop: Loop }) {
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
