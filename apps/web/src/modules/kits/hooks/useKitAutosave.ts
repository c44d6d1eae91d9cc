import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CreateKitDocument, SaveKitDocument, type KitFieldsFragment } from '../../../generated/graphql';
import { draftProblems, toKitInput, type KitDraft } from '../utils/kit-draft';
import { describeKitError, type KitSaveProblem } from '../utils/kit-errors';

/** How long editing pauses before the kit is saved. */
export const AUTOSAVE_DELAY_MS = 700;

/** saved: nothing to save · pending: waiting for a pause · invalid: fix the marked fields first. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'error' | 'conflict';

interface Options {
  /** The kit being edited; null while it has never been saved. */
  kitId: string | null;
  version: number | null;
  draft: KitDraft | null;
  /** Counts local edits; a change starts the debounce. */
  edits: number;
  onSaved: (kit: KitFieldsFragment, created: boolean) => void;
}

export interface KitAutosave {
  status: SaveStatus;
  problem: KitSaveProblem | null;
  /** Saves at once (Retry, or "keep mine" after a conflict, over the newer version). */
  saveNow: (overVersion?: number) => void;
  /** Forget a conflict or error, e.g. after reloading the kit from the server. */
  reset: () => void;
}

type Phase = 'idle' | 'saving' | 'error' | 'conflict';

/**
 * Debounced whole-kit saving. The first valid save of a new kit creates it. A CONFLICT stops
 * autosaving and keeps the local kit, so nothing typed is lost; a failed save is retried on the next edit.
 */
export function useKitAutosave({ kitId, version, draft, edits, onSaved }: Options): KitAutosave {
  const [createKit] = useMutation(CreateKitDocument);
  const [saveKit] = useMutation(SaveKitDocument);
  const [phase, setPhase] = useState<Phase>('idle');
  const [problem, setProblem] = useState<KitSaveProblem | null>(null);
  const [savedEdits, setSavedEdits] = useState(edits);
  const [failedEdits, setFailedEdits] = useState<number | null>(null);
  const latest = useRef({ kitId, version, draft, edits, onSaved });
  useLayoutEffect(() => {
    latest.current = { kitId, version, draft, edits, onSaved };
  });

  const invalid = useMemo(() => (draft ? draftProblems(draft).length > 0 : false), [draft]);
  const status: SaveStatus =
    phase === 'saving' || phase === 'conflict'
      ? phase
      : edits === savedEdits
        ? 'saved'
        : phase === 'error' && failedEdits === edits
          ? 'error'
          : invalid
            ? 'invalid'
            : 'pending';

  const save = useCallback(
    async (overVersion?: number) => {
      const { draft: current, edits: counter, kitId: id } = latest.current;
      if (!current || draftProblems(current).length > 0) return;
      setPhase('saving');
      try {
        const kitVersion = overVersion ?? latest.current.version;
        const input = toKitInput(current);
        const kit =
          id && kitVersion !== null
            ? (await saveKit({ variables: { input: { id, version: kitVersion, kit: input } } })).data?.saveKit
            : (await createKit({ variables: { input } })).data?.createKit;
        if (!kit) throw new Error('The kit was not returned.');
        setProblem(null);
        setSavedEdits(counter);
        setPhase('idle');
        latest.current.onSaved(kit, !id);
      } catch (error) {
        const described = describeKitError(error);
        setProblem(described);
        setFailedEdits(counter);
        setPhase(described.code === 'CONFLICT' ? 'conflict' : 'error');
      }
    },
    [createKit, saveKit],
  );

  useEffect(() => {
    if (status !== 'pending') return undefined;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [status, edits, save]);

  const reset = useCallback(() => {
    setProblem(null);
    setFailedEdits(null);
    setSavedEdits(latest.current.edits);
    setPhase('idle');
  }, []);

  const saveNow = useCallback((overVersion?: number) => void save(overVersion), [save]);

  return { status, problem, saveNow, reset };
}
