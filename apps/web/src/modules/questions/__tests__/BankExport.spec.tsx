import { fireEvent, screen, waitFor } from '@testing-library/react';
import { BankExportDocument, type BankExportFormat } from '../../../generated/graphql';
import { apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { BankExport } from '../components/BankExport';
import { EXPORT_PAGE_SIZE } from '../utils/export-bank';

const page = (
  format: BankExportFormat,
  after: string | null,
  result: { chunk: string; exported: number; nextCursor: string | null },
  delay?: number,
) => ({
  request: { query: BankExportDocument, variables: { format, after, first: EXPORT_PAGE_SIZE } },
  result: {
    data: { bankExport: { __typename: 'BankExportPage', total: 250, fileName: 'bank.md', mediaType: 'text/markdown', ...result } },
  },
  ...(delay === undefined ? {} : { delay }),
});

describe('BankExport', () => {
  it('loads every page, then downloads the chunks as one file', async () => {
    const download = jest.fn();
    renderWithApp(<BankExport download={download} />, {
      mocks: [
        page('MARKDOWN', null, { chunk: 'Q: one\n', exported: 200, nextCursor: 'c1' }),
        page('MARKDOWN', 'c1', { chunk: 'Q: two\n', exported: 250, nextCursor: null }),
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Exported 250 questions to bank.md.')).toBeInTheDocument();
    expect(download).toHaveBeenCalledTimes(1);
    expect(download).toHaveBeenCalledWith(['Q: one\n', 'Q: two\n'], 'bank.md', 'text/markdown');
  });

  it('shows how far it got while the pages load, and takes no second click meanwhile', async () => {
    const download = jest.fn();
    renderWithApp(<BankExport download={download} />, {
      mocks: [
        page('CSV', null, { chunk: 'prompt\n', exported: 200, nextCursor: 'c1' }),
        // The second page never arrives: the export stays in progress.
        page('CSV', 'c1', { chunk: '', exported: 250, nextCursor: null }, Infinity),
      ],
    });
    fireEvent.change(screen.getByLabelText('Export format'), { target: { value: 'CSV' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText(/200 of 250 questions/)).toHaveClass('bank-export__status');
    expect(screen.getByRole('button', { name: 'Exporting…' })).toBeDisabled();
    expect(screen.getByLabelText('Export format')).toBeDisabled();
    expect(download).not.toHaveBeenCalled();
  });

  it('says why when the server refuses', async () => {
    renderWithApp(<BankExport download={jest.fn()} />, {
      mocks: [
        {
          request: { query: BankExportDocument, variables: { format: 'MARKDOWN', after: null, first: EXPORT_PAGE_SIZE } },
          result: { errors: [apiError('FORBIDDEN', 'Your role does not allow this.')] },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(screen.getByRole('alert')).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Export' })).toBeEnabled();
  });
});
