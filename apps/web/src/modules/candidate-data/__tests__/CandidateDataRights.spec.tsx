import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CandidateErasureStatusDocument, CandidateExportDocument, EraseCandidateDocument } from '../../../generated/graphql';
import { aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { CandidateDataRights } from '../components/CandidateDataRights';

const CASEY = { id: 'cand-1', name: 'Casey Candidate' };

const statusMock = (erasedAt: string | null = null) => ({
  request: { query: CandidateErasureStatusDocument, variables: { id: 'cand-1' } },
  result: { data: { candidate: { __typename: 'Candidate' as const, id: 'cand-1', erasedAt } } },
});

const eraseMock = (confirmName: string, result: object) => ({
  request: { query: EraseCandidateDocument, variables: { input: { candidateId: 'cand-1', confirmName } } },
  result,
});

const erased = {
  __typename: 'ErasedCandidate' as const,
  candidateId: 'cand-1',
  name: 'Erased candidate cand-1',
  erasedAt: '2026-12-05T10:00:00.000Z',
  alreadyErased: false,
  scorecardsBlanked: 3,
  answersBlanked: 15,
  revisionsBlanked: 3,
  decisionsBlanked: 1,
  auditEventsScrubbed: 0,
};

function renderRights(mocks: object[], onErased = jest.fn()) {
  renderWithApp(<CandidateDataRights candidate={CASEY} onErased={onErased} />, { viewer: aViewer('ADMIN'), mocks: mocks as never });
  return onErased;
}

describe('CandidateDataRights', () => {
  it('downloads the export under the file name the API chose', async () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:export');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    renderRights([
      statusMock(),
      {
        request: { query: CandidateExportDocument, variables: { candidateId: 'cand-1' } },
        result: {
          data: {
            candidateExport: {
              __typename: 'CandidateExportFile',
              fileName: 'candidate-cand-1-2026-12-05.json',
              content: '{"format":"panelist.candidate-export/1"}',
            },
          },
        },
        delay: 20,
      },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Export data' }));
    expect(screen.getByRole('button', { name: 'Preparing export…' })).toBeDisabled();
    expect(await screen.findByText(/^Downloaded candidate-cand-1-2026-12-05\.json/)).toBeInTheDocument();
    expect(clicked.map((link) => link.download)).toEqual(['candidate-cand-1-2026-12-05.json']);
    expect(createObjectURL.mock.calls[0][0].type).toBe('application/json;charset=utf-8');
    expect(screen.getByRole('link', { name: 'Print view' })).toHaveAttribute('href', '/candidates/cand-1/export');
    click.mockRestore();
  });

  it('asks for the name, shows the API’s refusal on the field, then erases', async () => {
    const onErased = renderRights([
      statusMock(),
      eraseMock('Casey', {
        errors: [apiError('BAD_USER_INPUT', 'Type the candidate’s name exactly as shown to confirm the erasure.', 'input.confirmName')],
      }),
      eraseMock('casey candidate', { data: { eraseCandidate: erased } }),
      // The person's cached details are dropped, so what is still on screen asks again.
      statusMock(erased.erasedAt),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Erase candidate…' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase Casey Candidate?' });
    expect(dialog).toHaveAccessibleDescription(/cannot be undone/);
    expect(within(dialog).getByRole('heading', { name: 'Kept, without the person' })).toBeInTheDocument();
    const name = within(dialog).getByRole('textbox', { name: 'Type the candidate’s name to confirm' });
    expect(name).toHaveFocus();

    // Nothing typed: said on the field, no request.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase candidate' }));
    expect(name).toHaveAccessibleDescription('Type the candidate’s name to confirm the erasure.');

    fireEvent.change(name, { target: { value: 'Casey' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase candidate' }));
    expect(await within(dialog).findByText('Type the candidate’s name exactly as shown to confirm the erasure.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(onErased).not.toHaveBeenCalled();

    fireEvent.change(name, { target: { value: 'casey candidate' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase candidate' }));
    await waitFor(() =>
      expect(onErased).toHaveBeenCalledWith(expect.objectContaining({ candidateId: 'cand-1', name: 'Erased candidate cand-1' })),
    );
  });

  it('cancels with Escape and gives the focus back to the button that opened the dialog', async () => {
    renderRights([statusMock()]);
    const open = await screen.findByRole('button', { name: 'Erase candidate…' });
    fireEvent.click(open);
    const dialog = screen.getByRole('dialog');

    fireEvent(dialog, new Event('cancel', { cancelable: true }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it('offers no erasure for someone already erased, and says when it happened', async () => {
    renderRights([statusMock('2026-12-01T09:30:00.000Z')]);

    expect(await screen.findByText(/personal data was erased on 1 Dec 2026/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase candidate…' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export data' })).toBeEnabled();
  });
});
