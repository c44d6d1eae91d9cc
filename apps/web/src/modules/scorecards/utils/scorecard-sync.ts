import { keepBothTexts, mergeDrafts, type DraftChange, type DraftConflict, type ScorecardDraft } from '@panelist/scorecards';
import { changeBetween, fieldValue, isTextPath, withFieldValue } from './draft-fields';
import { clearPending, readPending, writePending, type StorageLike } from './pending-store';
import { classifySaveError, type SaveFailure } from './save-failure';

/** Text is saved after typing pauses this long; ratings and choices are saved at once. */
export const TEXT_SAVE_DELAY_MS = 500;
/** After a network failure while the browser claims to be online, try again after these pauses. */
export const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];
/** Stale-version rounds in a row before giving up (another tab saving non-stop). */
const MAX_MERGE_ROUNDS = 3;

/** The five states the save indicator shows. */
export type SyncStatus = 'saved' | 'saving' | 'offline' | 'conflict' | 'error';

/** The scorecard as the server holds it. */
export interface ServerScorecard {
  version: number;
  draft: ScorecardDraft;
  /** Submitted: autosave can no longer write on it. */
  locked: boolean;
}

export interface ScorecardSyncOptions {
  scorecardId: string;
  /** Sends a partial change made on `version`; resolves with the scorecard the server now holds. */
  save: (change: DraftChange, version: number) => Promise<ServerScorecard>;
  /** Reads the latest saved scorecard, after a stale-version CONFLICT. */
  fetchLatest: () => Promise<ServerScorecard>;
  storage: StorageLike | null;
  isOnline?: () => boolean;
  classify?: (error: unknown) => SaveFailure;
  textDelayMs?: number;
}

export interface SyncSnapshot {
  status: SyncStatus;
  /** What the page shows and edits: the acknowledged draft plus every pending change. */
  draft: ScorecardDraft;
  /** The last version the server acknowledged; submit and amend send it. */
  version: number;
  /** Fields both sides changed differently; the page asks which to keep. */
  conflicts: DraftConflict[];
  problem: string | null;
  locked: boolean;
  /** Unsaved changes from an earlier visit on this device were found and are being replayed. */
  restored: boolean;
}

export type ConflictChoice = 'mine' | 'theirs' | 'both';

/**
 * Autosave for one scorecard, independent of React so it can be tested with an injected save.
 *
 * Every edit is written to storage (with the acknowledged base) before anything is sent, so a
 * reload, a crash or a dead connection loses nothing. Saves go one at a time and carry only the
 * fields that differ from the acknowledged draft, on the acknowledged version. A stale version is
 * three-way merged (base = acknowledged, mine = local, theirs = server): changes on one side merge
 * silently and are saved on the server's version; fields both sides changed become conflicts.
 */
export class ScorecardSync {
  private acknowledged: ServerScorecard;
  private local: ScorecardDraft;
  private conflicts: DraftConflict[] = [];
  private offline = false;
  private problem: string | null = null;
  private locked: boolean;
  private restored = false;
  private draining: Promise<boolean> | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryAttempt = 0;
  private readonly listeners = new Set<() => void>();
  private snapshot: SyncSnapshot;

  constructor(
    private readonly options: ScorecardSyncOptions,
    initial: ServerScorecard,
  ) {
    this.acknowledged = initial;
    this.local = initial.draft;
    this.locked = initial.locked;
    const stored = this.locked ? null : readPending(options.storage, options.scorecardId);
    if (stored) {
      // Whatever happened since (our last save landed, or another device saved), merge instead of choosing.
      const { merged, conflicts } = mergeDrafts(stored.base, stored.local, initial.draft);
      this.local = merged;
      this.conflicts = combineConflicts(stored.conflicts, conflicts, initial.draft);
      this.restored = changeBetween(initial.draft, merged) !== null || this.conflicts.length > 0;
    }
    this.offline = !this.isOnline();
    this.snapshot = this.buildSnapshot();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SyncSnapshot => this.snapshot;

  /** Replays what an earlier visit left unsaved. */
  start(): void {
    if (changeBetween(this.acknowledged.draft, this.local)) void this.flush();
  }

  /** Stops timers; a pending text change is sent at once rather than dropped (it is in storage either way). */
  dispose(): void {
    const hadPendingText = this.debounceTimer !== null;
    this.clearTimers();
    if (hadPendingText) void this.flush();
  }

  /** Changes the draft: `now` for ratings and choices, `debounced` for typing. */
  edit(update: (draft: ScorecardDraft) => ScorecardDraft, timing: 'now' | 'debounced'): void {
    if (this.locked) return;
    this.local = update(this.local);
    this.problem = null;
    this.persist();
    if (timing === 'now') {
      void this.flush();
    } else {
      if (this.debounceTimer) clearTimeout(this.debounceTimer);
      this.debounceTimer = setTimeout(() => {
        this.debounceTimer = null;
        void this.flush();
      }, this.options.textDelayMs ?? TEXT_SAVE_DELAY_MS);
    }
    this.emit();
  }

  /** Sends everything pending; true once the server holds the whole draft and no conflict is open. */
  flush(): Promise<boolean> {
    if (this.debounceTimer) {
      clearTimeout(this.debounceTimer);
      this.debounceTimer = null;
    }
    // A drain that is already finishing may have looked before this call's reason (an edit, the
    // 'online' event) existed: run again after it, so every call is followed by a fresh look.
    if (this.draining) return this.draining.then(() => this.flush());
    this.draining = this.drain().finally(() => {
      this.draining = null;
      this.emit();
    });
    this.emit();
    return this.draining;
  }

  /** Browser connectivity: going offline keeps the queue; coming back replays it. */
  setOnline(online: boolean): void {
    if (!online) {
      this.offline = true;
      this.emit();
      return;
    }
    this.offline = false;
    this.retryAttempt = 0;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.emit();
    void this.flush();
  }

  /** After an error: try the same change again. */
  retry(): Promise<boolean> {
    this.problem = null;
    this.emit();
    return this.flush();
  }

  /** Reads the server's latest and merges it in, e.g. when a submit met a stale version. */
  async refresh(): Promise<boolean> {
    return (await this.mergeLatest()) && this.flush();
  }

  resolveConflict(path: string, choice: ConflictChoice): void {
    const conflict = this.conflicts.find((candidate) => candidate.path === path);
    if (!conflict) return;
    this.conflicts = this.conflicts.filter((candidate) => candidate !== conflict);
    const value =
      choice === 'mine'
        ? conflict.mine
        : choice === 'theirs'
          ? conflict.theirs
          : isTextPath(path)
            ? keepBothTexts(String(conflict.theirs ?? ''), String(conflict.mine ?? ''))
            : conflict.mine;
    this.edit((draft) => withFieldValue(draft, path, value), 'now');
  }

  /** After a submit: the server holds everything, nothing stays on this device. */
  discard(): void {
    this.clearTimers();
    this.locked = true;
    this.conflicts = [];
    clearPending(this.options.storage, this.options.scorecardId);
    this.emit();
  }

  private isOnline(): boolean {
    return this.options.isOnline ? this.options.isOnline() : true;
  }

  private async drain(): Promise<boolean> {
    let mergeRounds = 0;
    for (;;) {
      // Stop on a failure until an edit or Retry; while a network retry is scheduled, leave it to the timer.
      if (this.locked || this.problem || (this.offline && this.retryTimer)) return false;
      const change = changeBetween(this.acknowledged.draft, this.local);
      if (!change) {
        this.persist();
        return this.conflicts.length === 0;
      }
      if (!this.isOnline()) {
        this.offline = true;
        return false;
      }
      this.persist();
      try {
        const saved = await this.options.save(change, this.acknowledged.version);
        this.acknowledge(saved);
        mergeRounds = 0;
      } catch (error) {
        const failure = (this.options.classify ?? classifySaveError)(error);
        if (failure.kind === 'stale' && mergeRounds < MAX_MERGE_ROUNDS) {
          mergeRounds += 1;
          if (await this.mergeLatest()) continue;
          return false;
        }
        this.fail(failure);
        return false;
      }
      this.emit();
    }
  }

  private acknowledge(saved: ServerScorecard): void {
    this.acknowledged = saved;
    this.locked = saved.locked;
    this.offline = false;
    this.problem = null;
    this.retryAttempt = 0;
    this.persist();
  }

  /** Three-way merge with the server's latest; false when it could not be read. */
  private async mergeLatest(): Promise<boolean> {
    let latest: ServerScorecard;
    try {
      latest = await this.options.fetchLatest();
    } catch (error) {
      this.fail((this.options.classify ?? classifySaveError)(error));
      return false;
    }
    if (latest.locked) {
      this.acknowledged = latest;
      this.fail({ kind: 'locked', message: 'This scorecard was submitted in another tab or device. Your unsaved changes are kept on this device.' });
      return false;
    }
    const { merged, conflicts } = mergeDrafts(this.acknowledged.draft, this.local, latest.draft);
    this.acknowledged = latest;
    this.local = merged;
    this.conflicts = combineConflicts(this.conflicts, conflicts, latest.draft);
    this.persist();
    this.emit();
    return true;
  }

  private fail(failure: SaveFailure): void {
    switch (failure.kind) {
      case 'network':
        this.offline = true;
        this.scheduleRetry();
        break;
      case 'locked':
        this.locked = true;
        this.problem = failure.message;
        break;
      case 'stale':
      case 'other':
        this.problem = failure.message;
        break;
    }
    this.emit();
  }

  /** The 'online' event replays the queue; this covers a server that was unreachable while the browser stayed online. */
  private scheduleRetry(): void {
    if (this.retryTimer || !this.isOnline()) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.retryAttempt, RETRY_DELAYS_MS.length - 1)];
    this.retryAttempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, delay);
  }

  /** Storage mirrors what is not yet on the server; nothing is kept once the server has it all. */
  private persist(): void {
    const { storage, scorecardId } = this.options;
    // Submitted from here: nothing left to keep. Submitted elsewhere (a problem): keep the record for an amendment.
    if (this.locked && !this.problem) return;
    if (!changeBetween(this.acknowledged.draft, this.local) && this.conflicts.length === 0) {
      clearPending(storage, scorecardId);
      return;
    }
    writePending(storage, scorecardId, {
      baseVersion: this.acknowledged.version,
      base: this.acknowledged.draft,
      local: this.local,
      conflicts: this.conflicts,
      savedAt: new Date().toISOString(),
    });
  }

  private clearTimers(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.debounceTimer = null;
    this.retryTimer = null;
  }

  private status(): SyncStatus {
    if (this.conflicts.length) return 'conflict';
    if (this.problem) return 'error';
    if (this.offline) return 'offline';
    if (this.draining || this.debounceTimer || changeBetween(this.acknowledged.draft, this.local)) return 'saving';
    return 'saved';
  }

  private buildSnapshot(): SyncSnapshot {
    return {
      status: this.status(),
      draft: this.local,
      version: this.acknowledged.version,
      conflicts: this.conflicts,
      problem: this.problem,
      locked: this.locked,
      restored: this.restored,
    };
  }

  private emit(): void {
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }
}

/** Open conflicts from before plus new ones (new wins per field); "theirs" always shows the server's current value. */
function combineConflicts(earlier: DraftConflict[], found: DraftConflict[], server: ScorecardDraft): DraftConflict[] {
  const byPath = new Map<string, DraftConflict>();
  for (const conflict of earlier) byPath.set(conflict.path, { ...conflict, theirs: fieldValue(server, conflict.path) });
  for (const conflict of found) byPath.set(conflict.path, conflict);
  return [...byPath.values()].filter((conflict) => conflict.mine !== conflict.theirs);
}
