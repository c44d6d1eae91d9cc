import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { CancelInterviewDocument, InterviewLoopDocument, type LoopInterviewFragment } from '../../../generated/graphql';
import { describeError } from '../../errors';
import { Alert } from '../../ui';
import type { KitOption, ScorerOption } from '../hooks/useSchedulingOptions';
import { formatInterviewTime } from '../utils/interview-time';
import { panelProgressSummary } from '../utils/panel-status';
import { interviewName } from '../utils/repeated-questions';
import { PanelSeats } from './PanelSeats';
import { ScheduleInterviewForm, type RoundOption } from './ScheduleInterviewForm';

interface InterviewCardProps {
  interview: LoopInterviewFragment;
  loopId: string;
  rounds: readonly RoundOption[];
  kits: readonly KitOption[];
  scorers: readonly ScorerOption[];
  onChanged: (message: string) => void;
}

type Mode = 'view' | 'reschedule' | 'confirm-cancel';

/** One interview of the loop: when, which kit, the panel's progress, and reschedule / cancel. */
export function InterviewCard({ interview, loopId, rounds, kits, scorers, onChanged }: InterviewCardProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [cancelError, setCancelError] = useState<string | null>(null);
  const [cancelInterview, { loading: cancelling }] = useMutation(CancelInterviewDocument, {
    refetchQueries: [{ query: InterviewLoopDocument, variables: { id: loopId } }],
    awaitRefetchQueries: true,
  });
  const rescheduleButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (mode !== 'view' || !returnFocus.current) return;
    returnFocus.current = false;
    rescheduleButton.current?.focus();
  }, [mode]);
  const backToView = () => {
    returnFocus.current = true;
    setMode('view');
  };
  const name = interviewName(interview);
  const headingId = `interview-${interview.id}-heading`;
  const scoringStarted = interview.panel.some((seat) => seat.status !== 'PENDING');

  async function cancel() {
    setCancelError(null);
    try {
      await cancelInterview({ variables: { id: interview.id } });
      onChanged(`${name} on ${formatInterviewTime(interview.scheduledAt)} was cancelled.`);
    } catch (error) {
      setCancelError(describeError(error).message);
      backToView();
    }
  }

  return (
    <article className="card interview-card" aria-labelledby={headingId} data-testid="loop-interview">
      <header className="interview-card__header">
        <div className="interview-card__title">
          <h3 id={headingId}>{name}</h3>
          <p className="interview-card__when">
            <time dateTime={interview.scheduledAt}>{formatInterviewTime(interview.scheduledAt)}</time>
            <span aria-hidden="true"> · </span>
            <span>{interview.durationMinutes} min</span>
          </p>
          <p className="muted small">Kit: {interview.kit.title}</p>
        </div>
        <div className="interview-card__side">
          <span className="count-pill count-pill--neutral">{panelProgressSummary(interview.panel)}</span>
          {mode === 'view' ? (
            <div className="row-actions">
              <button ref={rescheduleButton} type="button" className="button button--small" onClick={() => setMode('reschedule')}>
                Reschedule
              </button>
              {scoringStarted ? null : (
                <button type="button" className="button button--small button--quiet-danger" onClick={() => setMode('confirm-cancel')}>
                  Cancel interview
                </button>
              )}
            </div>
          ) : null}
        </div>
      </header>
      {mode === 'confirm-cancel' ? (
        <div className="confirm" role="group" aria-label={`Cancel ${name}?`}>
          <span className="confirm__question">Cancel {name}? The panel loses it from their interviews.</span>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => void cancel()}
            disabled={cancelling}
            autoFocus
          >
            {cancelling ? 'Cancelling…' : 'Yes, cancel it'}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={backToView} disabled={cancelling}>
            Keep it
          </button>
        </div>
      ) : null}
      {cancelError ? <Alert tone="error">{cancelError}</Alert> : null}
      <PanelSeats seats={interview.panel} label={`Panel of ${name}`} />
      {mode === 'reschedule' ? (
        <section className="interview-card__edit" aria-label={`Reschedule ${name}`}>
          <ScheduleInterviewForm
            loopId={loopId}
            rounds={rounds}
            kits={kits}
            scorers={scorers}
            interview={interview}
            onDone={(message) => {
              backToView();
              onChanged(message);
            }}
            onCancel={backToView}
          />
        </section>
      ) : null}
    </article>
  );
}
