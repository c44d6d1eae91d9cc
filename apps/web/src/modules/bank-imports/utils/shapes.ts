import type { MarkdownInterpretation, QuestionShape } from '../../../generated/graphql';
import { plural } from '../../format';

/** The shapes in the words of someone who wrote the file. */
export const SHAPE_LABELS: Record<QuestionShape, string> = {
  LIST_ITEM: 'each list item is a question',
  HEADING: 'each heading is a question',
  NUMBERED_HEADING: 'numbered headings are the questions',
  TITLED_HEADING: 'a heading titles the question asked in the paragraph below it',
  Q_AND_A: '“Q:” / “A:” pairs',
  BOLD_LABEL: 'bold labels name the questions',
  TABLE: 'a table of questions and answers',
  DETAILS: 'answers inside <details>',
  MULTIPLE_CHOICE: 'multiple choice: code, options and the answer',
};

export const INTERPRETATION_OPTIONS: ReadonlyArray<{ value: MarkdownInterpretation; label: string; hint: string }> = [
  { value: 'AUTO', label: 'Automatic', hint: 'By the shapes the file uses.' },
  { value: 'HEADINGS', label: 'Each heading is a question', hint: 'What follows a heading is its answer.' },
  { value: 'LIST_ITEMS', label: 'Each list item is a question', hint: 'Headings become categories.' },
];

interface Seen {
  headings: number;
  listItems: number;
  paragraphs: number;
  tableRows: number;
}

/** "12 headings, 116 list items and 15 paragraphs" — the kinds of block the file has, table rows only when there are some. */
export function describeSeen(seen: Seen): string {
  const parts = [plural(seen.headings, 'heading'), plural(seen.listItems, 'list item'), plural(seen.paragraphs, 'paragraph')];
  if (seen.tableRows > 0) parts.push(plural(seen.tableRows, 'table row'));
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
