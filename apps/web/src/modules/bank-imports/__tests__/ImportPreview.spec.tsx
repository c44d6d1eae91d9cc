import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import type { BankImportFieldsFragment } from '../../../generated/graphql';
import { renderWithApp } from '../../../testing/render';
import { ImportPreview } from '../components/ImportPreview';
import type { Decisions } from '../utils/decisions';

const item = (index: number, prompt: string, outcome: BankImportFieldsFragment['items'][number]['outcome'], similarTo?: string) => ({
  __typename: 'ImportPlanItem' as const,
  index,
  prompt,
  outcome,
  reason: outcome === 'NEW' ? 'Not in the bank yet.' : `Similar (88%) to “${similarTo}”. Keep both or merge?`,
  existingQuestionId: null,
  similar: similarTo
    ? [{ __typename: 'SimilarQuestion' as const, questionId: 'q-existing', draftIndex: null, prompt: similarTo, score: 0.88 }]
    : [],
  sources: [{ __typename: 'SourceRef' as const, file: 'bank.md', item: index + 1, line: null }],
  type: 'TECHNICAL' as const,
  difficulty: 'MID' as const,
  tags: [],
  rubricPoints: 0,
});

const PREVIEW: BankImportFieldsFragment = {
  id: 'imp-1',
  fileName: 'bank.md',
  format: 'MARKDOWN',
  status: 'PREVIEW',
  alreadyImported: false,
  createdAt: '2026-11-20T10:00:00.000Z',
  committedAt: null,
  summary: { items: 3, new: 1, merged: 0, unchanged: 0, possibleDuplicates: 2, skipped: 1 },
  items: [
    item(0, 'Explain idempotency keys.', 'NEW'),
    item(1, 'How do you implement rate limiting in your APIs?', 'POSSIBLE_DUPLICATE', 'How do you implement rate limiting?'),
    item(2, 'What is a distributed cache?', 'POSSIBLE_DUPLICATE', 'What is the purpose of a cache?'),
  ],
  skipped: [
    {
      source: { file: 'bank.md', item: null, line: 1 },
      reason: 'YAML front matter (document metadata, not questions)',
      excerpt: 'title: Bank',
    },
  ],
  report: null,
  result: null,
};

function Harness({ onCommit, bankImport = PREVIEW }: { onCommit: (decisions: Decisions) => void; bankImport?: BankImportFieldsFragment }) {
  const [decisions, setDecisions] = useState<Decisions>(new Map());
  return (
    <ImportPreview
      bankImport={bankImport}
      decisions={decisions}
      onDecisions={setDecisions}
      onCommit={() => onCommit(decisions)}
      onDiscard={() => undefined}
      committing={false}
      discarding={false}
      error={null}
    />
  );
}

describe('ImportPreview', () => {
  it('keeps Commit disabled until every possible duplicate is decided, counting down', () => {
    const onCommit = jest.fn();
    renderWithApp(<Harness onCommit={onCommit} />);

    const commit = screen.getByRole('button', { name: /^Commit/ });
    expect(commit).toBeDisabled();
    expect(commit).toHaveTextContent('Commit (2 to decide)');
    expect(screen.getByText('Decide 2 more possible duplicates to commit.')).toBeInTheDocument();

    const first = screen.getByRole('group', { name: /Decision for “How do you implement rate limiting in your APIs\?”/ });
    fireEvent.click(within(first).getByRole('radio', { name: 'Merge' }));
    expect(commit).toBeDisabled();
    expect(screen.getByText('Decide 1 more possible duplicate to commit.')).toBeInTheDocument();

    const second = screen.getByRole('group', { name: /Decision for “What is a distributed cache\?”/ });
    fireEvent.click(within(second).getByRole('radio', { name: 'Keep both' }));
    expect(commit).toBeEnabled();
    expect(commit).toHaveTextContent('Commit import');

    fireEvent.click(commit);
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect([...onCommit.mock.calls[0][0]]).toEqual([
      [1, 'MERGE'],
      [2, 'KEEP_BOTH'],
    ]);
  });

  it('decides every possible duplicate at once with Keep all', () => {
    renderWithApp(<Harness onCommit={jest.fn()} />);

    fireEvent.click(screen.getByRole('button', { name: 'Keep all' }));

    expect(screen.getByRole('button', { name: 'Commit import' })).toBeEnabled();
    expect(screen.getAllByRole('radio', { name: 'Keep both', checked: true })).toHaveLength(2);
  });

  it('shows the summary, the similar question with its score, the skipped part and filters by outcome', () => {
    renderWithApp(<Harness onCommit={jest.fn()} />);

    expect(screen.getByText('Possible duplicates', { selector: 'dt' }).nextSibling).toHaveTextContent('2');
    expect(screen.getByText('Skipped', { selector: 'dt' }).nextSibling).toHaveTextContent('1');
    expect(screen.getByRole('link', { name: 'How do you implement rate limiting?' })).toHaveAttribute('href', '/bank/questions/q-existing');
    expect(screen.getAllByText('88% similar')).toHaveLength(2);
    expect(screen.getByText('YAML front matter (document metadata, not questions)')).toBeInTheDocument();

    // Opens on the rows that need a decision; "New" shows the others with their reason.
    expect(screen.queryByText('Explain idempotency keys.')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^New/ }));
    expect(screen.getByText('Explain idempotency keys.')).toBeInTheDocument();
    expect(screen.getByText('Not in the bank yet.')).toBeInTheDocument();
  });

  it('says when the same file was already imported', () => {
    renderWithApp(<Harness onCommit={jest.fn()} bankImport={{ ...PREVIEW, alreadyImported: true }} />);
    expect(screen.getByText('This file was already imported.')).toBeInTheDocument();
  });
});
