import { AutosaveEngine, type AutosaveOptions, type PendingRecord, type SaveFailure, type Saved } from './autosave-engine';

/** A document of named text fields; a change is the fields that differ. */
type Doc = Record<string, string>;
type Change = Record<string, string>;
interface Conflict {
  field: string;
  mine: string;
  theirs: string;
}

function changeBetween(base: Doc, local: Doc): Change | null {
  const change: Change = {};
  for (const key of Object.keys(local)) if (local[key] !== base[key]) change[key] = local[key];
  return Object.keys(change).length ? change : null;
}

/** Field-wise three-way merge: one side changed → take it; both changed differently → a conflict (mine kept locally). */
function merge(base: Doc, mine: Doc, theirs: Doc, earlier: Conflict[]) {
  const merged: Doc = { ...theirs };
  const conflicts = earlier.map((conflict) => ({ ...conflict, theirs: theirs[conflict.field] ?? '' }));
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const ours = mine[key] !== base[key];
    const others = theirs[key] !== base[key];
    if (ours && !others) merged[key] = mine[key];
    if (ours && others && mine[key] !== theirs[key]) {
      merged[key] = mine[key];
      conflicts.push({ field: key, mine: mine[key], theirs: theirs[key] });
    }
  }
  return { merged, conflicts };
}

class StaleError extends Error {}
class RefusedError extends Error {}

function classify(error: unknown): SaveFailure {
  if (error instanceof StaleError) return { kind: 'stale', message: 'Changed elsewhere.' };
  if (error instanceof RefusedError) return { kind: 'other', message: error.message };
  return { kind: 'network', message: 'Offline.' };
}

class FakeServer {
  version = 1;
  doc: Doc = {};
  locked = false;
  reachable = true;
  readonly received: Array<{ change: Change; version: number }> = [];

  readonly save = jest.fn(async (change: Change, version: number): Promise<Saved<Doc>> => {
    await Promise.resolve();
    if (!this.reachable) throw new TypeError('Failed to fetch');
    this.received.push({ change, version });
    if (version !== this.version) throw new StaleError();
    this.apply(change);
    return this.current();
  });

  readonly fetchLatest = jest.fn(async (): Promise<Saved<Doc>> => {
    await Promise.resolve();
    return this.current();
  });

  /** Someone else saves. */
  apply(change: Change) {
    this.doc = { ...this.doc, ...change };
    this.version += 1;
  }

  current(): Saved<Doc> {
    return { version: this.version, doc: this.doc, locked: this.locked };
  }
}

class MemoryStore {
  record: PendingRecord<Doc, Conflict> | null = null;
  read = () => this.record;
  write = (record: PendingRecord<Doc, Conflict>) => void (this.record = record);
  clear = () => void (this.record = null);
}

const DELAY = 500;

function setup(extra: Partial<AutosaveOptions<Doc, Change, Conflict, SaveFailure>> = {}, server = new FakeServer()) {
  let online = true;
  const engine = new AutosaveEngine<Doc, Change, Conflict>(
    { changeBetween, save: server.save, classify, delayMs: DELAY, isOnline: () => online, ...extra },
    server.current(),
  );
  return { engine, server, setOnline: (value: boolean) => (online = value) };
}

const set = (field: string, value: string) => (doc: Doc) => ({ ...doc, [field]: value });

describe('AutosaveEngine', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves a change at once, only what differs, on the acknowledged version', async () => {
    const { engine, server } = setup();
    engine.edit(set('a', '1'), 'now');
    expect(engine.getSnapshot().status).toBe('saving');
    expect(await engine.flush()).toBe(true);
    expect(server.received).toEqual([{ change: { a: '1' }, version: 1 }]);
    expect(engine.getSnapshot()).toMatchObject({ status: 'saved', version: 2, doc: { a: '1' } });
  });

  it('debounces: pending while typing, one save after the pause', async () => {
    const { engine, server } = setup();
    engine.edit(set('a', 'T'), 'debounced');
    engine.edit(set('a', 'Typed'), 'debounced');
    await jest.advanceTimersByTimeAsync(DELAY - 100);
    expect(server.save).not.toHaveBeenCalled();
    expect(engine.getSnapshot().status).toBe('pending');
    await jest.advanceTimersByTimeAsync(200);
    expect(server.received).toEqual([{ change: { a: 'Typed' }, version: 1 }]);
    expect(engine.getSnapshot().status).toBe('saved');
  });

  it('one save at a time: edits made while one is in flight go next, on the new version', async () => {
    const { engine, server } = setup();
    engine.edit(set('a', '1'), 'now');
    engine.edit(set('b', '2'), 'now');
    await engine.flush();
    expect(server.received).toEqual([
      { change: { a: '1' }, version: 1 },
      { change: { b: '2' }, version: 2 },
    ]);
  });

  it('offline: keeps the change in the store with its base, sends nothing, replays when back online', async () => {
    const store = new MemoryStore();
    const { engine, server, setOnline } = setup({ store });
    setOnline(false);
    engine.setOnline(false);
    engine.edit(set('a', 'kept'), 'now');
    await engine.flush();
    expect(server.save).not.toHaveBeenCalled();
    expect(engine.getSnapshot().status).toBe('offline');
    expect(store.record).toMatchObject({ baseVersion: 1, base: {}, local: { a: 'kept' } });

    setOnline(true);
    engine.setOnline(true);
    expect(await engine.flush()).toBe(true);
    expect(server.received).toEqual([{ change: { a: 'kept' }, version: 1 }]);
    expect(store.record).toBeNull();
  });

  it('a network error keeps the change queued and retries after a pause', async () => {
    const { engine, server } = setup({ retryDelaysMs: [1_000] });
    server.reachable = false;
    engine.edit(set('a', '1'), 'now');
    expect(await engine.flush()).toBe(false);
    expect(engine.getSnapshot().status).toBe('offline');
    server.reachable = true;
    await jest.advanceTimersByTimeAsync(1_000);
    expect(server.received).toHaveLength(1);
    expect(engine.getSnapshot().status).toBe('saved');
  });

  it('restores what an earlier visit kept, merged with the server, and replays it', async () => {
    const store = new MemoryStore();
    const server = new FakeServer();
    store.record = { baseVersion: 1, base: {}, local: { a: 'mine' }, conflicts: [], savedAt: '' };
    server.apply({ b: 'theirs' });
    const { engine } = setup({ store, merge, fetchLatest: server.fetchLatest }, server);
    expect(engine.getSnapshot()).toMatchObject({ restored: true, doc: { a: 'mine', b: 'theirs' } });
    engine.start();
    await engine.flush();
    expect(server.received).toEqual([{ change: { a: 'mine' }, version: 2 }]);
    expect(server.doc).toEqual({ a: 'mine', b: 'theirs' });
  });

  describe('a stale version', () => {
    it('with a merge and fetchLatest: saves the merge on the server version, reports fields both changed', async () => {
      const server = new FakeServer();
      const { engine } = setup({ merge, fetchLatest: server.fetchLatest }, server);
      server.apply({ b: 'theirs', c: 'theirs' });
      engine.edit(set('a', 'mine'), 'now');
      expect(await engine.flush()).toBe(true);
      expect(server.received.map((save) => save.version)).toEqual([1, 2]);
      expect(server.doc).toEqual({ a: 'mine', b: 'theirs', c: 'theirs' });

      engine.edit(set('c', 'mine'), 'now');
      server.apply({ c: 'other' });
      expect(await engine.flush()).toBe(false);
      expect(engine.getSnapshot()).toMatchObject({ status: 'conflict', conflicts: [{ field: 'c', mine: 'mine', theirs: 'other' }] });
      engine.setConflicts([]);
      engine.edit(set('c', 'settled'), 'now');
      expect(await engine.flush()).toBe(true);
      expect(server.doc.c).toBe('settled');
    });

    it('without a merge: stops in conflict, keeps the local copy, and edits do not send until the person chooses', async () => {
      const { engine, server } = setup();
      server.apply({ a: 'theirs' });
      engine.edit(set('a', 'mine'), 'now');
      expect(await engine.flush()).toBe(false);
      expect(engine.getSnapshot()).toMatchObject({ status: 'conflict', doc: { a: 'mine' }, failure: { kind: 'stale' } });

      engine.edit(set('b', 'more'), 'debounced');
      await jest.advanceTimersByTimeAsync(DELAY + 10);
      expect(server.received).toHaveLength(1);
      expect(engine.getSnapshot().status).toBe('conflict');

      // Keep mine: save over the server's version.
      expect(await engine.overwrite(server.version)).toBe(true);
      expect(server.doc).toEqual({ a: 'mine', b: 'more' });
      expect(engine.getSnapshot().status).toBe('saved');
    });

    it('without a merge: reset takes the server copy and drops the local one', async () => {
      const { engine, server } = setup();
      server.apply({ a: 'theirs' });
      engine.edit(set('a', 'mine'), 'now');
      await engine.flush();
      engine.reset(server.current());
      expect(engine.getSnapshot()).toMatchObject({ status: 'saved', doc: { a: 'theirs' }, version: 2, failure: null });
    });
  });

  it('a refused change shows an error until the next edit or retry', async () => {
    const { engine, server } = setup();
    server.save.mockRejectedValueOnce(new RefusedError('Too long.'));
    engine.edit(set('a', 'x'.repeat(9)), 'now');
    await engine.flush();
    expect(engine.getSnapshot()).toMatchObject({ status: 'error', failure: { message: 'Too long.' } });
    expect(await engine.retry()).toBe(true);
    expect(engine.getSnapshot()).toMatchObject({ status: 'saved', failure: null });
  });

  it('does not send a document that cannot be saved: invalid until it can', async () => {
    const { engine, server } = setup({ canSave: (doc) => Boolean(doc.title) });
    engine.edit(set('notes', 'n'), 'debounced');
    expect(engine.getSnapshot().status).toBe('invalid');
    await jest.advanceTimersByTimeAsync(DELAY + 10);
    expect(server.save).not.toHaveBeenCalled();
    engine.edit(set('title', 'T'), 'debounced');
    await jest.advanceTimersByTimeAsync(DELAY + 10);
    expect(server.received).toEqual([{ change: { notes: 'n', title: 'T' }, version: 1 }]);
  });

  it('takes the facts a save assigned into the local copy (rebase)', async () => {
    const server = new FakeServer();
    const save = async (change: Change, version: number, local: Doc) => ({
      ...(await server.save(change, version)),
      doc: { ...local, id: 'k-1' },
      rebase: (current: Doc) => ({ ...current, id: 'k-1' }),
    });
    const { engine } = setup({ save }, server);
    engine.edit(set('a', '1'), 'now');
    await engine.flush();
    expect(engine.getSnapshot()).toMatchObject({ status: 'saved', doc: { a: '1', id: 'k-1' } });
  });

  it('a document closed in another tab stops autosave and keeps the change', async () => {
    const store = new MemoryStore();
    const server = new FakeServer();
    const { engine } = setup({ store, merge, fetchLatest: server.fetchLatest, lockedElsewhereMessage: 'Submitted elsewhere.' }, server);
    server.apply({});
    server.locked = true;
    engine.edit(set('a', 'late'), 'now');
    expect(await engine.flush()).toBe(false);
    expect(engine.getSnapshot()).toMatchObject({
      status: 'error',
      locked: true,
      failure: { kind: 'locked', message: 'Submitted elsewhere.' },
    });
    expect(store.record?.local).toEqual({ a: 'late' });
  });

  it('discard clears the store and stops editing', () => {
    const store = new MemoryStore();
    const { engine } = setup({ store });
    engine.setOnline(false);
    engine.edit(set('a', '1'), 'now');
    engine.discard();
    expect(store.record).toBeNull();
    engine.edit(set('a', '2'), 'now');
    expect(engine.getSnapshot().doc).toEqual({ a: '1' });
  });
});
