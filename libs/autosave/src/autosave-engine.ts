/** After a network failure while the browser claims to be online, try again after these pauses. */
export const DEFAULT_RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];
/** Stale-version rounds in a row before giving up (another tab saving non-stop). */
const MAX_MERGE_ROUNDS = 3;

/**
 * saved: the server holds everything · pending: waiting for a pause in typing · saving: a save is on
 * its way · invalid: not sent until the document passes `canSave` · offline: queued until the network
 * is back · conflict: someone else saved first (open conflicts, or a stale version with no merge) ·
 * error: the server refused the change.
 */
export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'offline' | 'conflict' | 'error';

/** The document as the server holds it. */
export interface Saved<Doc> {
  version: number;
  doc: Doc;
  /** Closed for writing (e.g. a submitted scorecard): autosave stops. */
  locked: boolean;
}

/** What a save resolves with: the server's copy, plus facts it assigned that the local copy should take on. */
export interface SaveResult<Doc> extends Saved<Doc> {
  /** Applied to the local document once the save is acknowledged, e.g. to take ids the server gave. */
  rebase?: (local: Doc) => Doc;
}

/** network → keep the queue and retry · stale → someone saved first · locked → closed for writing · other → show it. */
export type FailureKind = 'network' | 'stale' | 'locked' | 'other';

export interface SaveFailure {
  kind: FailureKind;
  message: string;
}

export interface MergeResult<Doc, Conflict> {
  merged: Doc;
  conflicts: Conflict[];
}

/** Unsaved work kept on the device: the local document and the version and document the server last acknowledged. */
export interface PendingRecord<Doc, Conflict> {
  baseVersion: number;
  base: Doc;
  local: Doc;
  conflicts: Conflict[];
  savedAt: string;
}

/** Where unsaved work survives a reload (localStorage for one document, in practice). */
export interface PendingStore<Doc, Conflict> {
  read(): PendingRecord<Doc, Conflict> | null;
  write(record: PendingRecord<Doc, Conflict>): void;
  clear(): void;
}

export interface AutosaveOptions<Doc, Change, Conflict, Failure extends SaveFailure> {
  /** What to send to go from `base` (acknowledged) to `local`; null when nothing differs. */
  changeBetween: (base: Doc, local: Doc) => Change | null;
  /** Sends a change made on `version`; `local` is the document it was computed from. */
  save: (change: Change, version: number, local: Doc) => Promise<SaveResult<Doc>>;
  /** Why a save failed, as autosave must react to it. */
  classify: (error: unknown) => Failure;
  /**
   * Three-way merge after a stale version (base = acknowledged, mine = local, theirs = server); `earlier` are
   * the conflicts still open. Without `merge` and `fetchLatest`, a stale version stops autosave in 'conflict'
   * until `overwrite` or `reset`.
   */
  merge?: (base: Doc, mine: Doc, theirs: Doc, earlier: Conflict[]) => MergeResult<Doc, Conflict>;
  /** Reads the server's latest copy, for the merge. */
  fetchLatest?: () => Promise<Saved<Doc>>;
  /** Shown when the merge finds the document closed in another tab or device. */
  lockedElsewhereMessage?: string;
  /** False while the document must not be sent (status 'invalid'). */
  canSave?: (local: Doc) => boolean;
  store?: PendingStore<Doc, Conflict> | null;
  isOnline?: () => boolean;
  /** Pause after a debounced edit before saving. */
  delayMs: number;
  retryDelaysMs?: readonly number[];
}

export interface AutosaveSnapshot<Doc, Conflict, Failure extends SaveFailure> {
  status: AutosaveStatus;
  /** What the page shows and edits: the acknowledged document plus every pending change. */
  doc: Doc;
  /** The last version the server acknowledged. */
  version: number;
  /** Fields both sides changed differently; the page asks which to keep. */
  conflicts: Conflict[];
  /** Why saving stopped (stale, locked or refused), until an edit, a retry or a reset. */
  failure: Failure | null;
  locked: boolean;
  /** Unsaved changes from an earlier visit were found in the store and are being replayed. */
  restored: boolean;
}

/**
 * One autosave for one document, independent of any framework so it can be tested with an injected save.
 *
 * Every edit is written to the store (with the acknowledged base) before anything is sent, so a reload,
 * a crash or a dead connection loses nothing. Saves go one at a time (calls made while one is in flight
 * are coalesced into the next) and carry only what differs from the acknowledged document, on the
 * acknowledged version. A network failure keeps the queue and retries; a stale version is merged when
 * a merge is given, otherwise it stops in 'conflict' for the person to choose.
 */
export class AutosaveEngine<Doc, Change, Conflict = never, Failure extends SaveFailure = SaveFailure> {
  private acknowledged: Saved<Doc>;
  private local: Doc;
  private conflicts: Conflict[] = [];
  private offline = false;
  private stale = false;
  private failure: Failure | null = null;
  private locked: boolean;
  private restored = false;
  private draining: Promise<boolean> | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryAttempt = 0;
  private readonly listeners = new Set<() => void>();
  private snapshot: AutosaveSnapshot<Doc, Conflict, Failure>;

  constructor(
    private readonly options: AutosaveOptions<Doc, Change, Conflict, Failure>,
    initial: Saved<Doc>,
  ) {
    this.acknowledged = initial;
    this.local = initial.doc;
    this.locked = initial.locked;
    const stored = this.locked ? null : (options.store?.read() ?? null);
    if (stored) {
      // Whatever happened since (our last save landed, or another device saved), merge instead of choosing.
      if (options.merge) {
        const { merged, conflicts } = options.merge(stored.base, stored.local, initial.doc, stored.conflicts);
        this.local = merged;
        this.conflicts = conflicts;
      } else {
        this.local = stored.local;
      }
      this.restored = this.changed() || this.conflicts.length > 0;
    }
    this.offline = !this.isOnline();
    this.snapshot = this.buildSnapshot();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stable between changes, for React's useSyncExternalStore. */
  readonly getSnapshot = (): AutosaveSnapshot<Doc, Conflict, Failure> => this.snapshot;

  /** Replays what an earlier visit left unsaved. */
  start(): void {
    if (this.changed()) void this.flush();
  }

  /** Stops timers; a pending debounced change is sent at once rather than dropped. */
  dispose(): void {
    const hadPending = this.debounceTimer !== null;
    this.clearTimers();
    if (hadPending) void this.flush();
  }

  /** Changes the document: `now` for discrete choices, `debounced` for typing. An edit clears a refused save. */
  edit(update: (doc: Doc) => Doc, timing: 'now' | 'debounced'): void {
    if (this.locked) return;
    this.local = update(this.local);
    if (!this.stale) this.failure = null;
    this.persist();
    if (timing === 'now') {
      void this.flush();
    } else {
      if (this.debounceTimer) clearTimeout(this.debounceTimer);
      this.debounceTimer = setTimeout(() => {
        this.debounceTimer = null;
        void this.flush();
      }, this.options.delayMs);
    }
    this.emit();
  }

  /** Sends everything pending; true once the server holds the whole document and no conflict is open. */
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

  /** Connectivity: going offline keeps the queue; coming back replays it. */
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
    if (!this.stale) this.failure = null;
    this.emit();
    return this.flush();
  }

  /** Reads the server's latest and merges it in, e.g. when a submit met a stale version. */
  async refresh(): Promise<boolean> {
    return (await this.mergeLatest()) && this.flush();
  }

  /** "Keep mine": after a stale version, save the local document over the server's `version`. */
  overwrite(version: number): Promise<boolean> {
    this.acknowledged = { ...this.acknowledged, version };
    this.stale = false;
    this.failure = null;
    this.emit();
    return this.flush();
  }

  /** Starts again from the server's copy, dropping local changes, conflicts and failures ("reload theirs"). */
  reset(saved: Saved<Doc>): void {
    this.clearTimers();
    this.acknowledged = saved;
    this.local = saved.doc;
    this.locked = saved.locked;
    this.conflicts = [];
    this.stale = false;
    this.failure = null;
    this.retryAttempt = 0;
    this.persist();
    this.emit();
  }

  /** Replaces the open conflicts (e.g. after one was settled); the caller then edits the document. */
  setConflicts(conflicts: Conflict[]): void {
    this.conflicts = conflicts;
    this.persist();
    this.emit();
  }

  /** After the document was closed from here (e.g. submitted): nothing stays on this device. */
  discard(): void {
    this.clearTimers();
    this.locked = true;
    this.conflicts = [];
    this.options.store?.clear();
    this.emit();
  }

  private isOnline(): boolean {
    return this.options.isOnline ? this.options.isOnline() : true;
  }

  private changed(): boolean {
    return this.options.changeBetween(this.acknowledged.doc, this.local) !== null;
  }

  private canSave(): boolean {
    return this.options.canSave ? this.options.canSave(this.local) : true;
  }

  private async drain(): Promise<boolean> {
    let mergeRounds = 0;
    for (;;) {
      // Stop on a failure until an edit or Retry; while a network retry is scheduled, leave it to the timer.
      if (this.locked || this.stale || this.failure || (this.offline && this.retryTimer)) return false;
      const local = this.local;
      const change = this.options.changeBetween(this.acknowledged.doc, local);
      if (!change) {
        this.persist();
        return this.conflicts.length === 0;
      }
      if (!this.canSave()) return false;
      if (!this.isOnline()) {
        this.offline = true;
        return false;
      }
      this.persist();
      try {
        const saved = await this.options.save(change, this.acknowledged.version, local);
        this.acknowledge(saved);
        mergeRounds = 0;
      } catch (error) {
        const failure = this.options.classify(error);
        if (failure.kind === 'stale' && this.options.merge && this.options.fetchLatest && mergeRounds < MAX_MERGE_ROUNDS) {
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

  private acknowledge(saved: SaveResult<Doc>): void {
    const { rebase, ...acknowledged } = saved;
    this.acknowledged = acknowledged;
    if (rebase) this.local = rebase(this.local);
    this.locked = saved.locked;
    this.offline = false;
    this.failure = null;
    this.retryAttempt = 0;
    this.persist();
  }

  /** Three-way merge with the server's latest; false when it could not be read or there is no merge. */
  private async mergeLatest(): Promise<boolean> {
    const { merge, fetchLatest } = this.options;
    if (!merge || !fetchLatest) return false;
    let latest: Saved<Doc>;
    try {
      latest = await fetchLatest();
    } catch (error) {
      this.fail(this.options.classify(error));
      return false;
    }
    if (latest.locked) {
      this.acknowledged = latest;
      const message =
        this.options.lockedElsewhereMessage ?? 'This was closed in another tab or device. Your unsaved changes are kept on this device.';
      this.fail({ kind: 'locked', message } as Failure);
      return false;
    }
    const { merged, conflicts } = merge(this.acknowledged.doc, this.local, latest.doc, this.conflicts);
    this.acknowledged = latest;
    this.local = merged;
    this.conflicts = conflicts;
    this.persist();
    this.emit();
    return true;
  }

  private fail(failure: Failure): void {
    switch (failure.kind) {
      case 'network':
        this.offline = true;
        this.scheduleRetry();
        break;
      case 'locked':
        this.locked = true;
        this.failure = failure;
        break;
      case 'stale':
        // Nothing to merge with: stop until the person chooses (overwrite or reset).
        if (!this.options.merge) this.stale = true;
        this.failure = failure;
        break;
      case 'other':
        this.failure = failure;
        break;
    }
    this.emit();
  }

  /** The 'online' event replays the queue; this covers a server that was unreachable while the network stayed up. */
  private scheduleRetry(): void {
    if (this.retryTimer || !this.isOnline()) return;
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const delay = delays[Math.min(this.retryAttempt, delays.length - 1)];
    this.retryAttempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, delay);
  }

  /** The store mirrors what is not yet on the server; nothing is kept once the server has it all. */
  private persist(): void {
    const { store } = this.options;
    if (!store) return;
    // Closed from here: nothing left to keep. Closed elsewhere (a failure): keep the record.
    if (this.locked && !this.failure) return;
    if (!this.changed() && this.conflicts.length === 0) {
      store.clear();
      return;
    }
    store.write({
      baseVersion: this.acknowledged.version,
      base: this.acknowledged.doc,
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

  private status(): AutosaveStatus {
    if (this.conflicts.length || this.stale) return 'conflict';
    if (this.failure) return 'error';
    if (this.offline) return 'offline';
    if (this.draining) return 'saving';
    if (this.debounceTimer || this.changed()) return this.canSave() ? 'pending' : 'invalid';
    return 'saved';
  }

  private buildSnapshot(): AutosaveSnapshot<Doc, Conflict, Failure> {
    return {
      status: this.status(),
      doc: this.local,
      version: this.acknowledged.version,
      conflicts: this.conflicts,
      failure: this.failure,
      locked: this.locked,
      restored: this.restored,
    };
  }

  private emit(): void {
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }
}
