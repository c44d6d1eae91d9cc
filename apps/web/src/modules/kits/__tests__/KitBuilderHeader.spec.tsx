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
    deletable: false,
    deleting: false,
    confirmingDelete: false,
    deleteProblem: null,
    askToDelete: jest.fn(),
    cancelDelete: jest.fn(),
    deleteKit: jest.fn(),
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

  it('offers Delete only for a kit nothing uses, and asks first', () => {
    const { unmount } = renderWithApp(<KitBuilderHeader builder={aBuilder()} />);
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    unmount();

    const builder = aBuilder({ deletable: true });
    renderWithApp(<KitBuilderHeader builder={builder} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));

    expect(builder.askToDelete).toHaveBeenCalledTimes(1);
    expect(builder.deleteKit).not.toHaveBeenCalled();
  });

  it('waits for the kit to be saved before it can be deleted', () => {
    renderWithApp(<KitBuilderHeader builder={aBuilder({ deletable: true, saved: false })} />);

    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
  });

  it('deletes only when the dialog is confirmed; Cancel has the focus and cancels', () => {
    const builder = aBuilder({ deletable: true, confirmingDelete: true });
    renderWithApp(<KitBuilderHeader builder={builder} />);

    const dialog = screen.getByRole('dialog', { name: 'Delete “System design”?' });
    expect(dialog).toHaveTextContent('cannot be undone');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(builder.cancelDelete).toHaveBeenCalledTimes(1);
    expect(builder.deleteKit).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Delete kit' }));
    expect(builder.deleteKit).toHaveBeenCalledTimes(1);
  });

  it('shows why the server refused, e.g. a job took the kit meanwhile', () => {
    renderWithApp(
      <KitBuilderHeader
        builder={aBuilder({ deletable: true, confirmingDelete: true, deleteProblem: 'A job round uses this kit. Archive it instead.' })}
      />,
    );

    expect(screen.getByRole('dialog')).toHaveTextContent('Archive it instead.');
  });
});
