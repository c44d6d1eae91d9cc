import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen } from '@testing-library/react';
import { SaveKitDocument } from '../../../generated/graphql';
import { apiError } from '../../../testing/fixtures';
import { AUTOSAVE_DELAY_MS, useKitAutosave } from '../hooks/useKitAutosave';
import { addSection, emptyDraft, toKitInput, type KitDraft } from '../utils/kit-draft';

const base: KitDraft = addSection({ ...emptyDraft(), roleName: 'Backend', title: 'Design' }, 'api-design', 's1');
const edited: KitDraft = { ...base, title: 'Design v2' };

function Harness({ onCreated }: { onCreated: jest.Mock }) {
  const autosave = useKitAutosave({ kitId: 'kit-1', version: 3, initial: base, onCreated });
  return (
    <>
      <output data-testid="status">{autosave.status}</output>
      <output data-testid="problem">{autosave.problem?.message ?? ''}</output>
      <output data-testid="title">{autosave.draft.title}</output>
      <button type="button" onClick={() => autosave.change(() => edited)}>
        edit
      </button>
      <button type="button" onClick={() => autosave.change((d) => ({ ...d, notes: 'more' }))}>
        edit more
      </button>
      <button type="button" onClick={() => autosave.retry()}>
        retry
      </button>
    </>
  );
}

async function settle() {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    await jest.runOnlyPendingTimersAsync();
  });
}

describe('useKitAutosave', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves after a pause, and on CONFLICT keeps the local kit and stops autosaving', async () => {
    const conflict = {
      request: { query: SaveKitDocument, variables: { input: { id: 'kit-1', version: 3, kit: toKitInput(edited) } } },
      result: { errors: [apiError('CONFLICT', 'Someone else changed this kit.', 'version')] },
    };
    const save = jest.fn();
    const later = {
      request: { query: SaveKitDocument },
      variableMatcher: () => true,
      result: () => (save(), { errors: [apiError('CONFLICT', 'x', 'version')] }),
    };
    render(
      <MockedProvider mocks={[conflict, later]}>
        <Harness onCreated={jest.fn()} />
      </MockedProvider>,
    );
    expect(screen.getByTestId('status')).toHaveTextContent('saved');

    act(() => screen.getByRole('button', { name: 'edit' }).click());
    expect(screen.getByTestId('status')).toHaveTextContent('pending');

    await settle();
    expect(screen.getByTestId('status')).toHaveTextContent('conflict');
    expect(screen.getByTestId('title')).toHaveTextContent('Design v2');

    // Further edits stay local until the person chooses whose kit to keep.
    act(() => screen.getByRole('button', { name: 'edit more' }).click());
    await settle();
    expect(screen.getByTestId('status')).toHaveTextContent('conflict');
    expect(save).not.toHaveBeenCalled();
  });

  it('shows a refused save as an error, keeps its reason until a save succeeds, and tries again on Retry', async () => {
    const refused = {
      request: { query: SaveKitDocument, variables: { input: { id: 'kit-1', version: 3, kit: toKitInput(edited) } } },
      result: { errors: [apiError('BAD_USER_INPUT', 'Pick a competency.', 'sections.0.competency')] },
    };
    const kit = { __typename: 'Kit' as const, id: 'kit-1', version: 4, sections: [] };
    const accepted = { request: refused.request, result: { data: { saveKit: kit } } };
    render(
      <MockedProvider mocks={[refused, accepted]}>
        <Harness onCreated={jest.fn()} />
      </MockedProvider>,
    );
    act(() => screen.getByRole('button', { name: 'edit' }).click());
    await settle();
    expect(screen.getByTestId('status')).toHaveTextContent('error');
    expect(screen.getByTestId('problem')).toHaveTextContent('Pick a competency.');

    act(() => screen.getByRole('button', { name: 'retry' }).click());
    await settle();
    expect(screen.getByTestId('status')).toHaveTextContent('saved');
    expect(screen.getByTestId('problem')).toBeEmptyDOMElement();
  });
});
