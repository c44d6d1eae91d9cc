import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { CreateKitDocument, SaveKitDocument, type KitFieldsFragment } from '../../../generated/graphql';
import type { KitDraft } from '../utils/kit-draft';
import { KitSync, type KitSyncSnapshot } from '../utils/kit-sync';

export { AUTOSAVE_DELAY_MS, type SaveStatus } from '../utils/kit-sync';

interface Options {
  /** The kit being edited; null while it has never been saved. */
  kitId: string | null;
  /** The kit as it was opened, and its version (null for a new kit). */
  initial: KitDraft;
  version: number | null;
  /** The first save of a new kit gave it an id. */
  onCreated: (kit: KitFieldsFragment) => void;
}

export interface KitAutosave extends KitSyncSnapshot {
  change: (update: (draft: KitDraft) => KitDraft) => void;
  /** Saves again at once (Try again). */
  retry: () => void;
  /** "Keep mine" after a conflict: saves over the newer version. */
  saveOver: (version: number) => void;
  /** "Reload the saved kit" after a conflict: drops the local kit. */
  reload: (kit: KitFieldsFragment) => void;
  /** The server changed the kit (a newer revision taken): its version and facts become ours. */
  takeServerKit: (kit: KitFieldsFragment) => void;
}

/** Binds KitSync to Apollo: createKit for the first save of a new kit, saveKit with the version after that. */
export function useKitAutosave({ kitId, initial, version, onCreated }: Options): KitAutosave {
  const client = useApolloClient();
  const [sync] = useState(
    () =>
      new KitSync(
        {
          kitId,
          createKit: async (input) => (await client.mutate({ mutation: CreateKitDocument, variables: { input } })).data?.createKit,
          saveKit: async (id, kitVersion, kit) =>
            (await client.mutate({ mutation: SaveKitDocument, variables: { input: { id, version: kitVersion, kit } } })).data?.saveKit,
          onCreated: (kit) => onCreated(kit),
        },
        initial,
        version,
      ),
  );
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot);
  useEffect(() => () => sync.dispose(), [sync]);

  return {
    ...snapshot,
    change: (update) => sync.change(update),
    retry: () => sync.retry(),
    saveOver: (over) => sync.saveOver(over),
    reload: (kit) => sync.reload(kit),
    takeServerKit: (kit) => sync.takeServerKit(kit),
  };
}
