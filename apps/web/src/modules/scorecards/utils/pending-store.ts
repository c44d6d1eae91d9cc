import type { DraftConflict, ScorecardDraft } from '@panelist/scorecards';

/** The slice of the Web Storage API the queue needs, so tests can pass a stand-in. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Unsaved work of one scorecard kept on this device: the draft as the interviewer sees it, and the
 * version and draft the server last acknowledged, so a later load can three-way merge the two.
 */
export interface PendingRecord {
  baseVersion: number;
  base: ScorecardDraft;
  local: ScorecardDraft;
  conflicts: DraftConflict[];
  savedAt: string;
}

const PREFIX = 'panelist.scorecard-pending.';

export function pendingKey(scorecardId: string): string {
  return `${PREFIX}${scorecardId}`;
}

/** How many scorecards have changes on this device that the server does not have yet. */
export function countPendingScorecards(storage: Pick<Storage, 'length' | 'key'> | null): number {
  if (!storage) return 0;
  let count = 0;
  for (let index = 0; index < storage.length; index++) if (storage.key(index)?.startsWith(PREFIX)) count++;
  return count;
}

function isDraft(value: unknown): value is ScorecardDraft {
  if (!value || typeof value !== 'object') return false;
  const draft = value as Partial<ScorecardDraft>;
  return Array.isArray(draft.answers) && Array.isArray(draft.competencyRatings) && typeof draft.summary === 'string';
}

/** The record for a scorecard, or null when there is none or it is unreadable (then it is ignored, not trusted). */
export function readPending(storage: StorageLike | null, scorecardId: string): PendingRecord | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(pendingKey(scorecardId));
    if (!raw) return null;
    const record = JSON.parse(raw) as Partial<PendingRecord>;
    if (typeof record.baseVersion !== 'number' || !isDraft(record.base) || !isDraft(record.local)) return null;
    return { ...record, conflicts: Array.isArray(record.conflicts) ? record.conflicts : [] } as PendingRecord;
  } catch {
    return null;
  }
}

/** False when the browser refused (private mode, quota): the caller still has the draft in memory. */
export function writePending(storage: StorageLike | null, scorecardId: string, record: PendingRecord): boolean {
  if (!storage) return false;
  try {
    storage.setItem(pendingKey(scorecardId), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function clearPending(storage: StorageLike | null, scorecardId: string): void {
  try {
    storage?.removeItem(pendingKey(scorecardId));
  } catch {
    // Nothing to do: a record that cannot be removed is merged harmlessly on the next load.
  }
}

/** window.localStorage when the browser lets the page use it. */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
