import { useApolloClient } from '@apollo/client/react';
import type { ScorecardDraft } from '@panelist/scorecards';
import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  InterviewModeScorecardDocument,
  SaveScorecardDraftDocument,
  type InterviewModeScorecardFieldsFragment,
} from '../../../generated/graphql';
import { draftFromScorecard } from '../utils/draft-fields';
import { browserStorage } from '../utils/pending-store';
import { ScorecardSync, type ConflictChoice, type ServerScorecard, type SyncSnapshot } from '../utils/scorecard-sync';

export function serverScorecardOf(scorecard: InterviewModeScorecardFieldsFragment): ServerScorecard {
  return { version: scorecard.version, draft: draftFromScorecard(scorecard), locked: scorecard.status === 'SUBMITTED' };
}

export interface ScorecardAutosave extends SyncSnapshot {
  /** The live state, for code that awaited something since the last render. */
  current: () => SyncSnapshot;
  edit: (update: (draft: ScorecardDraft) => ScorecardDraft, timing: 'now' | 'debounced') => void;
  flush: () => Promise<boolean>;
  retry: () => Promise<boolean>;
  refresh: () => Promise<boolean>;
  resolveConflict: (path: string, choice: ConflictChoice) => void;
  discard: () => void;
}

/**
 * Binds ScorecardSync to Apollo and the browser: saves through saveScorecardDraft, reads the latest
 * scorecard after a CONFLICT, keeps the queue in localStorage and follows the online/offline events.
 * The scorecard passed in is only the starting point; later cache updates do not reset local edits.
 */
export function useScorecardAutosave(scorecard: InterviewModeScorecardFieldsFragment): ScorecardAutosave {
  const client = useApolloClient();
  const [sync] = useState(
    () =>
      new ScorecardSync(
        {
          scorecardId: scorecard.id,
          storage: browserStorage(),
          isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
          save: async (change, version) => {
            const { data } = await client.mutate({
              mutation: SaveScorecardDraftDocument,
              variables: { input: { scorecardId: scorecard.id, version, ...change } },
            });
            if (!data) throw new Error('The scorecard was not returned.');
            return serverScorecardOf(data.saveScorecardDraft);
          },
          fetchLatest: async () => {
            const { data } = await client.query({
              query: InterviewModeScorecardDocument,
              variables: { id: scorecard.id },
              fetchPolicy: 'network-only',
            });
            if (!data) throw new Error('The scorecard was not returned.');
            return serverScorecardOf(data.scorecard);
          },
        },
        serverScorecardOf(scorecard),
      ),
  );
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot);

  useEffect(() => {
    const online = () => sync.setOnline(true);
    const offline = () => sync.setOnline(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    sync.start();
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      sync.dispose();
    };
  }, [sync]);

  return {
    ...snapshot,
    current: () => sync.getSnapshot(),
    edit: (update, timing) => sync.edit(update, timing),
    flush: () => sync.flush(),
    retry: () => sync.retry(),
    refresh: () => sync.refresh(),
    resolveConflict: (path, choice) => sync.resolveConflict(path, choice),
    discard: () => sync.discard(),
  };
}
