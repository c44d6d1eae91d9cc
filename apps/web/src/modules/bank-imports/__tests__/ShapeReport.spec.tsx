import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import type { BankImportFieldsFragment } from '../../../generated/graphql';
import { renderWithApp } from '../../../testing/render';
import { ImportPreview } from '../components/ImportPreview';
import type { Decisions } from '../utils/decisions';
import { describeSeen } from '../utils/shapes';

type Report = NonNullable<BankImportFieldsFragment['report']>;

const REPORT: Report = {
  detectedShape: 'TITLED_HEADING',
  interpretation: 'AUTO',
  candidateBlocks: 211,
  questions: 4,
  lowYield: true,
  shapes: [
    { shape: 'TITLED_HEADING', questions: 3, firstLine: 42 },
    { shape: 'LIST_ITEM', questions: 1, firstLine: 7 },
  ],
  seen: { headings: 211, listItems: 30, paragraphs: 119, tableRows: 0 },
};

const PREVIEW: BankImportFieldsFragment = {
  id: 'imp-1',
  fileName: 'back-end.md',
  format: 'MARKDOWN',
  status: 'PREVIEW',
  alreadyImported: false,
  createdAt: '2026-11-20T10:00:00.000Z',
  committedAt: null,
  summary: { items: 4, new: 4, merged: 0, unchanged: 0, possibleDuplicates: 0, skipped: 1 },
  items: [],
  skipped: [
    {
      source: { file: 'back-end.md', item: null, line: 3 },
      reason: 'Table of contents (links within the file)',
      excerpt: '- [APIs](#apis)',
    },
  ],
  report: REPORT,
  result: null,
};

function Harness(props: {
  bankImport?: BankImportFieldsFragment;
  onCommit?: (confirm: boolean) => void;
  onReinterpret?: ((interpretation: string) => void) | null;
  onChooseAgain?: (file: File) => void;
}) {
  const [decisions, setDecisions] = useState<Decisions>(new Map());
  return (
    <ImportPreview
      bankImport={props.bankImport ?? PREVIEW}
      decisions={decisions}
      onDecisions={setDecisions}
      onCommit={props.onCommit ?? (() => undefined)}
      onDiscard={() => undefined}
      onReinterpret={props.onReinterpret === undefined ? jest.fn() : props.onReinterpret}
      onChooseAgain={props.onChooseAgain}
      committing={false}
      discarding={false}
      error={null}
    />
  );
}

describe('the import preview tells the truth about the file', () => {
  it('shows the detected shape and where, the blocks seen against the questions made, and the skipped parts with reasons', () => {
    renderWithApp(<Harness />);
    const report = screen.getByRole('region', { name: 'How the file was read' });
    expect(within(report).getByText(/Detected shape:/)).toHaveTextContent(
      'Detected shape: a heading titles the question asked in the paragraph below it (3 questions, from line 42)',
    );
    expect(within(report).getByRole('list', { name: 'Other shapes found' })).toHaveTextContent(
      'Also each list item is a question: 1 question, from line 7',
    );
    expect(within(report).getByText(/^Seen:/)).toHaveTextContent(
      'Seen: 211 headings, 30 list items and 119 paragraphs. Made 4 questions from 211 blocks that could each be one.',
    );
    expect(screen.getByText('Table of contents (links within the file)')).toBeInTheDocument();
  });

  it('warns of a low yield and keeps Commit disabled until the person confirms importing so few', () => {
    const onCommit = jest.fn();
    renderWithApp(<Harness onCommit={onCommit} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Only 4 questions from 211 possible questions.');
    const commit = screen.getByRole('button', { name: 'Commit import' });
    expect(commit).toBeDisabled();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Import only 4 questions anyway' }));
    expect(commit).toBeEnabled();
    fireEvent.click(commit);
    expect(onCommit).toHaveBeenCalledWith(true);
  });

  it('commits a file with a good yield without asking, and without confirming', () => {
    const onCommit = jest.fn();
    renderWithApp(<Harness onCommit={onCommit} bankImport={{ ...PREVIEW, report: { ...REPORT, lowYield: false } }} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Commit import' }));
    expect(onCommit).toHaveBeenCalledWith(false);
  });

  it('switches the interpretation and previews again', () => {
    const onReinterpret = jest.fn();
    renderWithApp(<Harness onReinterpret={onReinterpret} />);
    const group = screen.getByRole('group', { name: 'Read the file as' });
    expect(within(group).getByRole('radio', { name: /Automatic/ })).toBeChecked();
    const again = within(group).getByRole('button', { name: 'Preview again' });
    expect(again).toBeDisabled();

    fireEvent.click(within(group).getByRole('radio', { name: /Each heading is a question/ }));
    expect(again).toBeEnabled();
    fireEvent.click(again);
    expect(onReinterpret).toHaveBeenCalledWith('HEADINGS');
  });

  it('asks for the file again when the browser no longer has it (after a reload)', () => {
    const onChooseAgain = jest.fn();
    renderWithApp(<Harness onReinterpret={null} onChooseAgain={onChooseAgain} />);
    expect(screen.queryByRole('button', { name: 'Preview again' })).not.toBeInTheDocument();
    const input = screen.getByLabelText(/choose the file again/);
    const file = new File(['# Bank'], 'back-end.md', { type: 'text/markdown' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(onChooseAgain).toHaveBeenCalledWith(file);
  });

  it('shows no shape report for formats read one way only (CSV)', () => {
    renderWithApp(<Harness bankImport={{ ...PREVIEW, format: 'CSV', report: null }} />);
    expect(screen.queryByRole('region', { name: 'How the file was read' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Commit import' })).toBeEnabled();
  });
});

describe('describeSeen', () => {
  it('lists table rows only when there are some', () => {
    expect(describeSeen({ headings: 1, listItems: 2, paragraphs: 0, tableRows: 0 })).toBe('1 heading, 2 list items and 0 paragraphs');
    expect(describeSeen({ headings: 1, listItems: 0, paragraphs: 3, tableRows: 4 })).toBe(
      '1 heading, 0 list items, 3 paragraphs and 4 table rows',
    );
  });
});
