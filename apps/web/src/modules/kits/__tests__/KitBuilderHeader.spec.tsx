import { fireEvent, screen } from '@testing-library/react';
import { renderWithApp } from '../../../testing/render';
import { KitBuilderHeader } from '../components/KitBuilderHeader';
import type { KitBuilderState } from '../hooks/useKitBuilder';
import { emptyDraft } from '../utils/kit-draft';

function aBuilder(overrides: Partial<KitBuilderState> = {}): KitBuilderState {
  return {
    autosave: { status: 'saved', version: 3 },
    draft: { ...emptyDraft(), roleName: 'Backend', title: 'System design' },
    kitId: 'kit-1',
    saved: true,
    cloning: false,
    archiving: false,
    clone: jest.fn(),
    archive: jest.fn(),
    ...overrides,
  } as unknown as KitBuilderState;
}

describe('KitBuilderHeader', () => {
  it('offers to archive a saved kit', () => {
    const builder = aBuilder();
    renderWithApp(<KitBuilderHeader builder={builder} />);

    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));

    expect(builder.archive).toHaveBeenCalledTimes(1);
  });

  it('has nothing to archive before the kit is first saved', () => {
    renderWithApp(<KitBuilderHeader builder={aBuilder({ kitId: null })} />);

    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
  });
});
