import { AutosaveEngine, DEFAULT_RETRY_DELAYS_MS, type AutosaveSnapshot, type Saved } from '@panelist/autosave';
import { keepBothTexts, mergeDrafts, type DraftChange, type DraftConflict, type ScorecardDraft } from '@panelist/scorecards';
import { changeBetween, fieldValue, isTextPath, withFieldValue } from './draft-fields';
import { clearPending, readPending, writePending, type StorageLike } from './pending-store';
import { classifySaveError, type SaveFailure } from './save-failure';

/** Text is saved after typing pauses this long; ratings and choices are saved at once. */
export const TEXT_SAVE_DELAY_MS = 500;
/** After a network failure while the browser claims to be online, try again after these pauses. */
export const RETRY_DELAYS_MS = DEFAULT_RETRY_DELAYS_MS;

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
 * Autosave for one scorecard: the shared AutosaveEngine (@panelist/autosave) with the scorecard's
 * partial changes, three-way merge and storage, independent of React so it can be tested with an injected save.
 *
 * Every edit is written to storage (with the acknowledged base) before anything is sent, so a reload,
 * a crash or a dead connection loses nothing. Saves go one at a time and carry only the fields that
 * differ from the acknowledged draft, on the acknowledged version. A stale version is three-way merged
 * (base = acknowledged, mine = local, theirs = server): changes on one side merge silently and are saved
 * on the server's version; fields both sides changed become conflicts.
 */
export class ScorecardSync {
  private readonly engine: AutosaveEngine<ScorecardDraft, DraftChange, DraftConflict, SaveFailure>;
  private source: AutosaveSnapshot<ScorecardDraft, DraftConflict, SaveFailure>;
  private snapshot: SyncSnapshot;

  constructor(options: ScorecardSyncOptions, initial: ServerScorecard) {
    const { scorecardId, storage } = options;
    this.engine = new AutosaveEngine<ScorecardDraft, DraftChange, DraftConflict, SaveFailure>(
      {
        changeBetween,
        save: (change, version) => options.save(change, version).then(savedOf),
        fetchLatest: () => options.fetchLatest().then(savedOf),
        classify: options.classify ?? classifySaveError,
        merge: (base, mine, theirs, earlier) => {
          const { merged, conflicts } = mergeDrafts(base, mine, theirs);
          return { merged, conflicts: combineConflicts(earlier, conflicts, theirs) };
        },
        store: {
          read: () => readPending(storage, scorecardId),
          write: (record) => void writePending(storage, scorecardId, record),
          clear: () => clearPending(storage, scorecardId),
        },
        isOnline: options.isOnline,
        delayMs: options.textDelayMs ?? TEXT_SAVE_DELAY_MS,
        retryDelaysMs: RETRY_DELAYS_MS,
        lockedElsewhereMessage: 'This scorecard was submitted in another tab or device. Your unsaved changes are kept on this device.',
      },
      savedOf(initial),
    );
    this.source = this.engine.getSnapshot();
    this.snapshot = syncSnapshotOf(this.source);
  }

  readonly subscribe = (listener: () => void): (() => void) => this.engine.subscribe(listener);

  readonly getSnapshot = (): SyncSnapshot => {
    const source = this.engine.getSnapshot();
    if (source !== this.source) {
      this.source = source;
      this.snapshot = syncSnapshotOf(source);
    }
    return this.snapshot;
  };

  /** Replays what an earlier visit left unsaved. */
  start(): void {
    this.engine.start();
  }

  /** Stops timers; a pending text change is sent at once rather than dropped (it is in storage either way). */
  dispose(): void {
    this.engine.dispose();
  }

  /** Changes the draft: `now` for ratings and choices, `debounced` for typing. */
  edit(update: (draft: ScorecardDraft) => ScorecardDraft, timing: 'now' | 'debounced'): void {
    this.engine.edit(update, timing);
  }

  /** Sends everything pending; true once the server holds the whole draft and no conflict is open. */
  flush(): Promise<boolean> {
    return this.engine.flush();
  }

  /** Browser connectivity: going offline keeps the queue; coming back replays it. */
  setOnline(online: boolean): void {
    this.engine.setOnline(online);
  }

  /** After an error: try the same change again. */
  retry(): Promise<boolean> {
    return this.engine.retry();
  }

  /** Reads the server's latest and merges it in, e.g. when a submit met a stale version. */
  refresh(): Promise<boolean> {
    return this.engine.refresh();
  }

  resolveConflict(path: string, choice: ConflictChoice): void {
    const open = this.engine.getSnapshot().conflicts;
    const conflict = open.find((candidate) => candidate.path === path);
    if (!conflict) return;
    this.engine.setConflicts(open.filter((candidate) => candidate !== conflict));
    const value =
      choice === 'mine'
        ? conflict.mine
        : choice === 'theirs'
          ? conflict.theirs
          : isTextPath(path)
            ? keepBothTexts(String(conflict.theirs ?? ''), String(conflict.mine ?? ''))
            : conflict.mine;
    this.engine.edit((draft) => withFieldValue(draft, path, value), 'now');
  }

  /** After a submit: the server holds everything, nothing stays on this device. */
  discard(): void {
    this.engine.discard();
  }
}

function savedOf(scorecard: ServerScorecard): Saved<ScorecardDraft> {
  return { version: scorecard.version, doc: scorecard.draft, locked: scorecard.locked };
}

function syncSnapshotOf(source: AutosaveSnapshot<ScorecardDraft, DraftConflict, SaveFailure>): SyncSnapshot {
  const { status, doc, version, conflicts, failure, locked, restored } = source;
  // The indicator has no "waiting for a pause": typing that is not sent yet is already "saving".
  const shown: SyncStatus = status === 'pending' || status === 'invalid' ? 'saving' : status;
  return { status: shown, draft: doc, version, conflicts, problem: failure?.message ?? null, locked, restored };
}

/** Open conflicts from before plus new ones (new wins per field); "theirs" always shows the server's current value. */
function combineConflicts(earlier: DraftConflict[], found: DraftConflict[], server: ScorecardDraft): DraftConflict[] {
  const byPath = new Map<string, DraftConflict>();
  for (const conflict of earlier) byPath.set(conflict.path, { ...conflict, theirs: fieldValue(server, conflict.path) });
  for (const conflict of found) byPath.set(conflict.path, conflict);
  return [...byPath.values()].filter((conflict) => conflict.mine !== conflict.theirs);
}
