/** "4:05" under an hour, "1:02:05" beyond. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export interface TimeBudget {
  elapsed: string;
  plannedMinutes: number;
  over: boolean;
  /** Whole minutes past the plan, at least 1 once over. */
  overByMinutes: number;
}

/** Elapsed time against a plan: over once the planned minutes have fully passed. */
export function timeBudget(elapsedMs: number, plannedMinutes: number): TimeBudget {
  const plannedMs = plannedMinutes * 60_000;
  const over = plannedMinutes > 0 && elapsedMs > plannedMs;
  return {
    elapsed: formatElapsed(elapsedMs),
    plannedMinutes,
    over,
    overByMinutes: over ? Math.max(1, Math.floor((elapsedMs - plannedMs) / 60_000)) : 0,
  };
}

/** What the interview clock keeps on this device, so a reload does not restart it. */
export interface ClockRecord {
  startedAt: number;
  /** Time spent on each step before the current visit, by question id (or "wrap-up"). */
  spentMs: Record<string, number>;
}

export function parseClockRecord(raw: string | null): ClockRecord | null {
  if (!raw) return null;
  try {
    const record = JSON.parse(raw) as Partial<ClockRecord>;
    if (typeof record.startedAt !== 'number' || !record.spentMs || typeof record.spentMs !== 'object') return null;
    return { startedAt: record.startedAt, spentMs: record.spentMs };
  } catch {
    return null;
  }
}
