import { AutosaveEngine, type AutosaveSnapshot, type FailureKind, type Saved } from '@panelist/autosave';
import type { KitFieldsFragment, KitInput } from '../../../generated/graphql';
import { draftFromKit, draftProblems, mergeServerFacts, toKitInput, type KitDraft } from './kit-draft';
import { describeKitError, type KitSaveProblem } from './kit-errors';

/** How long editing pauses before the kit is saved. */
export const AUTOSAVE_DELAY_MS = 700;

/** saved: nothing to save · pending: waiting for a pause · invalid: fix the marked fields first. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'error' | 'conflict';

export interface KitSyncOptions {
  /** The kit being edited; null while it has never been saved (the first valid save creates it). */
  kitId: string | null;
  createKit: (input: KitInput) => Promise<KitFieldsFragment | null | undefined>;
  saveKit: (id: string, version: number, input: KitInput) => Promise<KitFieldsFragment | null | undefined>;
  /** The first save of a new kit gave it an id. */
  onCreated?: (kit: KitFieldsFragment) => void;
  classify?: (error: unknown) => KitSaveFailure;
}

export interface KitSyncSnapshot {
  status: SaveStatus;
  draft: KitDraft;
  kitId: string | null;
  /** The last version the server acknowledged; null while the kit has never been saved. */
  version: number | null;
  /** The last failed save, until a save succeeds or the kit is reloaded. */
  problem: KitSaveProblem | null;
  /** Edited since it was opened: only then are missing role and title pointed out. */
  edited: boolean;
}

type KitSaveFailure = KitSaveProblem & { kind: FailureKind };

/** A CONFLICT means someone else saved first: the builder asks whose kit to keep. Everything else shows with Try again. */
export function classifyKitError(error: unknown): KitSaveFailure {
  const problem = describeKitError(error);
  return { ...problem, kind: problem.code === 'CONFLICT' ? 'stale' : 'other' };
}

/** The whole kit goes on every save; only what the input holds counts as a change (server facts do not). */
function changeBetween(base: KitDraft, local: KitDraft): KitInput | null {
  const input = toKitInput(local);
  return JSON.stringify(toKitInput(base)) === JSON.stringify(input) ? null : input;
}

/**
 * Debounced whole-kit saving on the shared AutosaveEngine (@panelist/autosave). The first valid save
 * of a new kit creates it. A CONFLICT stops autosaving and keeps the local kit, so nothing typed is
 * lost, until the person reloads the saved kit or saves over it; a failed save is retried on the next edit.
 */
export class KitSync {
  private readonly engine: AutosaveEngine<KitDraft, KitInput, never, KitSaveFailure>;
  private kitId: string | null;
  private problem: KitSaveProblem | null = null;
  private edited = false;
  private source: AutosaveSnapshot<KitDraft, never, KitSaveFailure>;
  private snapshot: KitSyncSnapshot;

  constructor(options: KitSyncOptions, initial: KitDraft, version: number | null) {
    this.kitId = options.kitId;
    this.engine = new AutosaveEngine<KitDraft, KitInput, never, KitSaveFailure>(
      {
        changeBetween,
        canSave: (draft) => draftProblems(draft).length === 0,
        classify: options.classify ?? classifyKitError,
        delayMs: AUTOSAVE_DELAY_MS,
        save: async (input, kitVersion, local) => {
          const id = this.kitId;
          const kit = id ? await options.saveKit(id, kitVersion, input) : await options.createKit(input);
          if (!kit) throw new Error('The kit was not returned.');
          this.problem = null;
          if (!id) {
            this.kitId = kit.id;
            options.onCreated?.(kit);
          }
          return {
            version: kit.version,
            doc: mergeServerFacts(local, kit),
            locked: false,
            rebase: (draft) => mergeServerFacts(draft, kit),
          };
        },
      },
      { version: version ?? 0, doc: initial, locked: false },
    );
    this.engine.subscribe(() => {
      const failure = this.engine.getSnapshot().failure;
      if (failure) this.problem = failure;
    });
    this.source = this.engine.getSnapshot();
    this.snapshot = this.buildSnapshot();
  }

  readonly subscribe = (listener: () => void): (() => void) => this.engine.subscribe(listener);

  readonly getSnapshot = (): KitSyncSnapshot => {
    const source = this.engine.getSnapshot();
    if (source !== this.source) {
      this.source = source;
      this.snapshot = this.buildSnapshot();
    }
    return this.snapshot;
  };

  /** Every edit waits for a pause in editing before the kit is saved. */
  change(update: (draft: KitDraft) => KitDraft): void {
    this.edited = true;
    this.engine.edit(update, 'debounced');
  }

  /** Retry after an error. */
  retry(): void {
    void this.engine.retry();
  }

  /** "Keep mine": save the local kit over the server's newer `version`. */
  saveOver(version: number): void {
    this.problem = null;
    void this.engine.overwrite(version);
  }

  /** "Reload the saved kit": start again from the server's copy. */
  reload(kit: KitFieldsFragment): void {
    this.problem = null;
    this.engine.reset(this.savedOf(kit, draftFromKit(kit)));
  }

  /** The server changed the saved kit (e.g. a newer question revision): take its version and facts. */
  takeServerKit(kit: KitFieldsFragment): void {
    this.engine.reset(this.savedOf(kit, mergeServerFacts(this.engine.getSnapshot().doc, kit)));
  }

  /** Leaving the builder: a change waiting for the pause is sent rather than dropped. */
  dispose(): void {
    this.engine.dispose();
  }

  private savedOf(kit: KitFieldsFragment, doc: KitDraft): Saved<KitDraft> {
    return { version: kit.version, doc, locked: false };
  }

  private buildSnapshot(): KitSyncSnapshot {
    const { status, doc, version } = this.source;
    return {
      // The kit never goes offline: a network failure is an error with Try again, as any other.
      status: status === 'offline' ? 'error' : status,
      draft: doc,
      kitId: this.kitId,
      version: this.kitId === null ? null : version,
      problem: this.problem,
      edited: this.edited,
    };
  }
}
