import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { KitFieldsFragment, KitInput } from '../../../generated/graphql';
import { apiError } from '../../../testing/fixtures';
import { addSection, emptyDraft, type KitDraft } from '../utils/kit-draft';
import { AUTOSAVE_DELAY_MS, KitSync } from '../utils/kit-sync';

/** Only what KitSync reads of a saved kit: its id, version and sections (for the server's facts). */
function savedKit(id: string, version: number): KitFieldsFragment {
  return { id, version, sections: [] } as unknown as KitFieldsFragment;
}

const valid: KitDraft = addSection({ ...emptyDraft(), roleName: 'Backend', title: 'Design' }, 'api-design', 's1');

describe('KitSync', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('does not send an invalid kit; the first valid save creates it and later ones save on its version', async () => {
    const createKit = jest.fn((_input: KitInput) => Promise.resolve(savedKit('kit-9', 1)));
    const saveKit = jest.fn((_id: string, version: number, _input: KitInput) => Promise.resolve(savedKit('kit-9', version + 1)));
    const onCreated = jest.fn();
    const sync = new KitSync({ kitId: null, createKit, saveKit, onCreated }, emptyDraft(), null);

    sync.change((d) => ({ ...d, roleName: 'Backend' }));
    expect(sync.getSnapshot().status).toBe('invalid');
    await jest.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(createKit).not.toHaveBeenCalled();

    sync.change(() => valid);
    await jest.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(createKit).toHaveBeenCalledTimes(1);
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: 'kit-9' }));
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', kitId: 'kit-9', version: 1 });

    sync.change((d) => ({ ...d, notes: 'Skip the warm-up.' }));
    await jest.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(saveKit).toHaveBeenCalledWith('kit-9', 1, expect.objectContaining({ notes: 'Skip the warm-up.' }));
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', version: 2 });
  });

  it('on CONFLICT keeps the local kit until "keep mine" saves it over the newer version', async () => {
    const saveKit = jest
      .fn<Promise<KitFieldsFragment>, [string, number, KitInput]>()
      .mockRejectedValueOnce(new CombinedGraphQLErrors({ errors: [apiError('CONFLICT', 'Someone else changed this kit.', 'version')] }))
      .mockImplementation((_id, version) => Promise.resolve(savedKit('kit-1', version + 1)));
    const sync = new KitSync({ kitId: 'kit-1', createKit: jest.fn(), saveKit }, valid, 3);

    sync.change((d) => ({ ...d, title: 'Design v2' }));
    await jest.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(sync.getSnapshot()).toMatchObject({ status: 'conflict', draft: { title: 'Design v2' } });

    sync.change((d) => ({ ...d, notes: 'still mine' }));
    await jest.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(saveKit).toHaveBeenCalledTimes(1);

    sync.saveOver(5);
    await jest.runOnlyPendingTimersAsync();
    expect(saveKit).toHaveBeenLastCalledWith('kit-1', 5, expect.objectContaining({ title: 'Design v2', notes: 'still mine' }));
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', version: 6, problem: null });
  });
});
