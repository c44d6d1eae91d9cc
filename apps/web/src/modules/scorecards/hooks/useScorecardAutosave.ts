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
  // Tabs on this device tell each other when they saved, so a tab left open never shows "Saved" beside stale text.
  // Which tab said it saved: a tab hears its own messages through its listening channel too.
  const [tabId] = useState(() => Math.random().toString(36).slice(2));
  const channelName = `panelist.scorecard.${scorecard.id}`;
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
            if (typeof BroadcastChannel !== 'undefined') {
              const announce = new BroadcastChannel(channelName);
              announce.postMessage({ tabId, version: data.saveScorecardDraft.version });
              announce.close();
            }
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
    // Another tab saved a newer version, or this tab comes back into view (another device may have
    // saved meanwhile): read the server's latest and merge it, as after a conflict.
    const otherTabSaved = (event: MessageEvent<{ tabId?: string; version?: number }>) => {
      if (event.data.tabId !== tabId && (event.data.version ?? 0) > sync.getSnapshot().version) void sync.refresh();
    };
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
    const visible = () => {
      if (document.visibilityState === 'visible') void sync.refresh();
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    document.addEventListener('visibilitychange', visible);
    channel?.addEventListener('message', otherTabSaved);
    sync.start();
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      document.removeEventListener('visibilitychange', visible);
      channel?.close();
      sync.dispose();
    };
  }, [sync, tabId, channelName]);

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
