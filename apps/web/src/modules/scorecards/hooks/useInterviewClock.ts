import { useCallback, useEffect, useState } from 'react';
import { parseClockRecord, type ClockRecord } from '../utils/clock';
import { browserStorage } from '../utils/pending-store';

const TICK_MS = 1_000;

function clockKey(scorecardId: string): string {
  return `panelist.interview-clock.${scorecardId}`;
}

export interface InterviewClock {
  totalMs: number;
  /** Time on the current step, including earlier visits to it. */
  stepMs: number;
  restart: () => void;
  /** The time of the last tick (ms since the epoch), e.g. to tell whether the interview has started. */
  now: number;
}

/**
 * The interview clock starts when interview mode first opens for this scorecard (or on Restart) and
 * survives reloads through localStorage; time is also added up per question as the interviewer moves.
 */
export function useInterviewClock(scorecardId: string, stepKey: string): InterviewClock {
  const [record, setRecord] = useState<ClockRecord>(
    () => parseClockRecord(browserStorage()?.getItem(clockKey(scorecardId)) ?? null) ?? { startedAt: Date.now(), spentMs: {} },
  );
  const [now, setNow] = useState(() => Date.now());
  const [visit, setVisit] = useState(() => ({ key: stepKey, since: Date.now() }));

  if (visit.key !== stepKey) {
    // The step changed: bank the time spent on the previous one (React's "adjust state while rendering").
    setRecord((current) => ({
      ...current,
      spentMs: { ...current.spentMs, [visit.key]: (current.spentMs[visit.key] ?? 0) + Math.max(0, now - visit.since) },
    }));
    setVisit({ key: stepKey, since: now });
  }

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    try {
      browserStorage()?.setItem(clockKey(scorecardId), JSON.stringify(record));
    } catch {
      // The clock is a convenience: without storage it simply restarts on reload.
    }
  }, [scorecardId, record]);

  const restart = useCallback(() => {
    const at = Date.now();
    setRecord({ startedAt: at, spentMs: {} });
    setVisit({ key: stepKey, since: at });
    setNow(at);
  }, [stepKey]);

  return {
    totalMs: Math.max(0, now - record.startedAt),
    stepMs: (record.spentMs[stepKey] ?? 0) + Math.max(0, now - visit.since),
    restart,
    now,
  };
}
