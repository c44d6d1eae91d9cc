import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { SaveKitDocument } from '../../../generated/graphql';
import { apiError } from '../../../testing/fixtures';
import { AUTOSAVE_DELAY_MS, useKitAutosave } from '../hooks/useKitAutosave';
import { addSection, emptyDraft, toKitInput, type KitDraft } from '../utils/kit-draft';

const base: KitDraft = addSection({ ...emptyDraft(), roleName: 'Backend', title: 'Design' }, 'api-design', 's1');
const edited: KitDraft = { ...base, title: 'Design v2' };

function Harness({ onSaved }: { onSaved: jest.Mock }) {
  const [draft, setDraft] = useState(base);
  const [edits, setEdits] = useState(0);
  const autosave = useKitAutosave({ kitId: 'kit-1', version: 3, draft, edits, onSaved });
  return (
    <>
      <output data-testid="status">{autosave.status}</output>
      <output data-testid="problem">{autosave.problem?.message ?? ''}</output>
      <output data-testid="title">{draft.title}</output>
      <button
        type="button"
        onClick={() => {
          setDraft(edited);
          setEdits((n) => n + 1);
        }}
      >
        edit
      </button>
    </>
  );
}

describe('useKitAutosave', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves after a pause, and on CONFLICT keeps the local kit and stops autosaving', async () => {
    const conflict = {
      request: { query: SaveKitDocument, variables: { input: { id: 'kit-1', version: 3, kit: toKitInput(edited) } } },
      result: { errors: [apiError('CONFLICT', 'Someone else changed this kit.', 'version')] },
    };
    const onSaved = jest.fn();
    render(
      <MockedProvider mocks={[conflict]}>
        <Harness onSaved={onSaved} />
      </MockedProvider>,
    );
    expect(screen.getByTestId('status')).toHaveTextContent('saved');

    act(() => screen.getByRole('button', { name: 'edit' }).click());
    expect(screen.getByTestId('status')).toHaveTextContent('pending');

    await act(async () => {
      await jest.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
      await jest.runOnlyPendingTimersAsync();
    });

    expect(screen.getByTestId('status')).toHaveTextContent('conflict');
    expect(screen.getByTestId('title')).toHaveTextContent('Design v2');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
