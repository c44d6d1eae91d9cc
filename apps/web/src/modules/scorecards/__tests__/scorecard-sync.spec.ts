import { applyDraftChange, emptyDraft, type DraftChange, type ScorecardDraft } from '@panelist/scorecards';
import { withAnswer } from '../utils/draft-fields';
import { pendingKey, readPending } from '../utils/pending-store';
import { ScorecardSync, TEXT_SAVE_DELAY_MS, type ServerScorecard } from '../utils/scorecard-sync';
import { graphQLError, MemoryStorage } from './interview-fixtures';

/** The API's draft rules in miniature: a version check, then a partial change. */
class FakeServer {
  version = 4;
  draft: ScorecardDraft = emptyDraft();
  reachable = true;
  readonly received: Array<{ change: DraftChange; version: number }> = [];

  readonly save = jest.fn(async (change: DraftChange, version: number): Promise<ServerScorecard> => {
    await Promise.resolve();
    if (!this.reachable) throw new TypeError('Failed to fetch');
    this.received.push({ change, version });
    if (version !== this.version) throw graphQLError('CONFLICT', 'This scorecard changed in another tab or device.', 'version');
    this.apply(change);
    return this.current();
  });

  readonly fetchLatest = jest.fn(async (): Promise<ServerScorecard> => {
    await Promise.resolve();
    return this.current();
  });

  /** Another tab saves directly. */
  apply(change: DraftChange) {
    this.draft = applyDraftChange(this.draft, change);
    this.version += 1;
  }

  current(): ServerScorecard {
    return { version: this.version, draft: this.draft, locked: false };
  }
}

function setup(options: { online?: boolean; storage?: MemoryStorage; server?: FakeServer } = {}) {
  const server = options.server ?? new FakeServer();
  const storage = options.storage ?? new MemoryStorage();
  let online = options.online ?? true;
  const sync = new ScorecardSync(
    { scorecardId: 'sc-1', save: server.save, fetchLatest: server.fetchLatest, storage, isOnline: () => online },
    server.current(),
  );
  return { sync, server, storage, setOnline: (value: boolean) => (online = value) };
}

const rate = (questionId: string, rating: number) => (draft: ScorecardDraft) => withAnswer(draft, questionId, { rating, notAsked: false });
const note = (questionId: string, notes: string) => (draft: ScorecardDraft) => withAnswer(draft, questionId, { notes });

describe('ScorecardSync', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves a rating at once and sends only the changed answer on the acknowledged version', async () => {
    const server = new FakeServer();
    server.draft = withAnswer(emptyDraft(), 'q-2', { rating: 1, notAsked: false });
    const { sync, storage } = setup({ server });

    sync.edit(rate('q-1', 3), 'now');
    expect(sync.getSnapshot().status).toBe('saving');
    expect(await sync.flush()).toBe(true);

    expect(server.received).toEqual([{ change: { answers: [{ questionId: 'q-1', rating: 3, notAsked: false, notes: '' }] }, version: 4 }]);
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', version: 5 });
    expect(storage.items.size).toBe(0);
  });

  it('debounces typing and sends the text once the pause is over', async () => {
    const { sync, server } = setup();
    sync.edit(note('q-1', 'Talked'), 'debounced');
    sync.edit(note('q-1', 'Talked about idempotency keys'), 'debounced');
    await jest.advanceTimersByTimeAsync(TEXT_SAVE_DELAY_MS - 100);
    expect(server.save).not.toHaveBeenCalled();
    expect(sync.getSnapshot().status).toBe('saving');

    await jest.advanceTimersByTimeAsync(200);
    expect(server.received).toEqual([
      { change: { answers: [{ questionId: 'q-1', rating: null, notAsked: false, notes: 'Talked about idempotency keys' }] }, version: 4 },
    ]);
    expect(sync.getSnapshot().status).toBe('saved');
  });

  it('keeps edits made while a save is in flight and sends them next, on the new version', async () => {
    const { sync, server } = setup();
    sync.edit(rate('q-1', 2), 'now');
    sync.edit((draft) => ({ ...draft, summary: 'Solid' }), 'now');
    await sync.flush();
    expect(server.received.map((save) => save.version)).toEqual([4, 5]);
    expect(server.received[1].change).toEqual({ summary: 'Solid' });
    expect(server.draft.summary).toBe('Solid');
  });

  it('offline: writes the queue to storage with its base, sends nothing, and replays when the browser is back online', async () => {
    const { sync, server, storage, setOnline } = setup({ online: false });
    expect(sync.getSnapshot().status).toBe('offline');

    sync.edit(rate('q-1', 4), 'now');
    sync.edit(note('q-1', 'Great answer'), 'debounced');
    await jest.advanceTimersByTimeAsync(TEXT_SAVE_DELAY_MS + 10);

    expect(server.save).not.toHaveBeenCalled();
    expect(sync.getSnapshot().status).toBe('offline');
    const kept = readPending(storage, 'sc-1');
    expect(kept).toMatchObject({ baseVersion: 4, base: emptyDraft() });
    expect(kept?.local.answers).toEqual([{ questionId: 'q-1', rating: 4, notAsked: false, notes: 'Great answer' }]);

    setOnline(true);
    sync.setOnline(true);
    expect(await sync.flush()).toBe(true);
    expect(server.received).toEqual([
      { change: { answers: [{ questionId: 'q-1', rating: 4, notAsked: false, notes: 'Great answer' }] }, version: 4 },
    ]);
    expect(sync.getSnapshot().status).toBe('saved');
    expect(storage.items.has(pendingKey('sc-1'))).toBe(false);
  });

  it('a network error counts as offline: the change stays queued and is retried', async () => {
    const { sync, server, storage } = setup();
    server.reachable = false;
    sync.edit(rate('q-3', 2), 'now');
    expect(await sync.flush()).toBe(false);
    expect(sync.getSnapshot().status).toBe('offline');
    expect(readPending(storage, 'sc-1')?.local.answers).toHaveLength(1);

    server.reachable = true;
    await jest.advanceTimersByTimeAsync(2_000);
    expect(server.received).toHaveLength(1);
    expect(sync.getSnapshot().status).toBe('saved');
  });

  it('after a reload, merges what this device kept with the server and replays it', async () => {
    const storage = new MemoryStorage();
    const first = setup({ online: false, storage });
    first.sync.edit(note('q-1', 'Kept through the reload'), 'now');
    first.sync.dispose();

    // Meanwhile another device rated q-2.
    first.server.apply({ answers: [{ questionId: 'q-2', rating: 3, notAsked: false, notes: '' }] });
    const second = setup({ storage, server: first.server });
    expect(second.sync.getSnapshot().restored).toBe(true);
    second.sync.start();
    await second.sync.flush();

    expect(first.server.received).toEqual([
      { change: { answers: [{ questionId: 'q-1', rating: null, notAsked: false, notes: 'Kept through the reload' }] }, version: 5 },
    ]);
    expect(first.server.draft.answers.map((a) => [a.questionId, a.rating, a.notes])).toEqual([
      ['q-2', 3, ''],
      ['q-1', null, 'Kept through the reload'],
    ]);
  });

  it('on a stale version, merges silently when the two sides changed different fields', async () => {
    const { sync, server } = setup();
    server.apply({ answers: [{ questionId: 'q-2', rating: 1, notAsked: false, notes: 'from the other tab' }] });

    sync.edit(rate('q-1', 3), 'now');
    expect(await sync.flush()).toBe(true);

    expect(server.fetchLatest).toHaveBeenCalledTimes(1);
    expect(server.received.map((save) => save.version)).toEqual([4, 5]);
    expect(server.received[1].change).toEqual({ answers: [{ questionId: 'q-1', rating: 3, notAsked: false, notes: '' }] });
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', conflicts: [], version: 6 });
    expect(sync.getSnapshot().draft.answers).toHaveLength(2);
  });

  it('on a stale version with both sides editing the same notes, reports a conflict and can keep both texts', async () => {
    const { sync, server, storage } = setup();
    server.apply({ answers: [{ questionId: 'q-1', rating: null, notAsked: false, notes: 'Theirs' }] });

    sync.edit(note('q-1', 'Mine'), 'now');
    sync.edit((draft) => ({ ...draft, summary: 'Only mine' }), 'now');
    expect(await sync.flush()).toBe(false);

    const snapshot = sync.getSnapshot();
    expect(snapshot.status).toBe('conflict');
    expect(snapshot.conflicts).toEqual([{ path: 'answers.q-1.notes', mine: 'Mine', theirs: 'Theirs' }]);
    // The non-overlapping summary was saved on the server's version; the conflict survives a reload.
    expect(server.draft.summary).toBe('Only mine');
    expect(readPending(storage, 'sc-1')?.conflicts).toHaveLength(1);

    sync.resolveConflict('answers.q-1.notes', 'both');
    await sync.flush();
    expect(server.draft.answers[0].notes).toBe('Theirs\nMine');
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', conflicts: [] });
    expect(storage.items.size).toBe(0);
  });

  it('keep mine and keep theirs settle a rating conflict', async () => {
    const { sync, server } = setup();
    server.apply({
      answers: [
        { questionId: 'q-1', rating: 1, notAsked: false, notes: '' },
        { questionId: 'q-2', rating: 2, notAsked: false, notes: '' },
      ],
    });
    sync.edit(rate('q-1', 4), 'now');
    sync.edit((draft) => withAnswer(draft, 'q-2', { rating: null, notAsked: true }), 'now');
    await sync.flush();
    expect(sync.getSnapshot().conflicts.map((c) => [c.path, c.mine, c.theirs])).toEqual([
      ['answers.q-1.rating', 4, 1],
      ['answers.q-2.rating', 'NOT_ASKED', 2],
    ]);

    sync.resolveConflict('answers.q-1.rating', 'mine');
    sync.resolveConflict('answers.q-2.rating', 'theirs');
    await sync.flush();
    expect(server.draft.answers.map((a) => [a.questionId, a.rating, a.notAsked])).toEqual([
      ['q-1', 4, false],
      ['q-2', 2, false],
    ]);
    expect(sync.getSnapshot().status).toBe('saved');
  });

  it('shows an error for a rejected change and tries again on the next edit', async () => {
    const { sync, server } = setup();
    server.save.mockRejectedValueOnce(graphQLError('BAD_USER_INPUT', 'A rating must be a whole number from 1 to 4.', 'answers.0.rating'));
    sync.edit(rate('q-1', 9), 'now');
    await sync.flush();
    expect(sync.getSnapshot()).toMatchObject({ status: 'error', problem: 'A rating must be a whole number from 1 to 4.' });

    sync.edit(rate('q-1', 4), 'now');
    await sync.flush();
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', problem: null });
  });
});
