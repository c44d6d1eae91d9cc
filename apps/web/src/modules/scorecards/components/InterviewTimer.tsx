import { timeBudget } from '../utils/clock';

interface InterviewTimerProps {
  totalMs: number;
  totalPlannedMinutes: number;
  stepMs: number;
  /** Null on the wrap-up step, which has no plan of its own. */
  stepPlannedMinutes: number | null;
  stepLabel: string;
  onRestart: () => void;
}

function Readout({ label, ms, planned }: { label: string; ms: number; planned: number | null }) {
  const budget = timeBudget(ms, planned ?? 0);
  return (
    <div className={`im-timer__readout${budget.over ? ' is-over' : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className="im-timer__elapsed">{budget.elapsed}</span>
        {planned !== null ? <span className="muted"> / {planned} min</span> : null}
        {budget.over ? <span className="im-timer__over"> · {budget.overByMinutes} min over</span> : null}
      </dd>
    </div>
  );
}

/** Time since the interview started, against the plan for the whole interview and for the current question. */
export function InterviewTimer({ totalMs, totalPlannedMinutes, stepMs, stepPlannedMinutes, stepLabel, onRestart }: InterviewTimerProps) {
  return (
    <div className="im-timer" aria-label="Timer" role="group">
      <dl className="im-timer__readouts">
        <Readout label="Interview" ms={totalMs} planned={totalPlannedMinutes} />
        <Readout label={stepLabel} ms={stepMs} planned={stepPlannedMinutes} />
      </dl>
      <button type="button" className="link-button" onClick={onRestart} title="Start the clock from zero, e.g. when the candidate joins">
        Restart timer
      </button>
    </div>
  );
}
