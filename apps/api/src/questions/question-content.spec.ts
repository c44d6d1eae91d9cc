import { classifyQuestion, emptyRubric } from '@panelist/question-bank';
import { LABEL_MAX_LENGTH, toQuestionRow, type QuestionContent } from './question-content';

const content = (label: string | null | undefined): QuestionContent => ({
  label,
  prompt: 'Why is mutable global state hard to reason about?',
  code: null,
  category: [],
  followUps: [],
  rubric: emptyRubric(),
  classification: classifyQuestion({ prompt: 'Why is mutable global state hard to reason about?', code: null, answer: '' }),
});

describe('toQuestionRow: the label', () => {
  it('keeps a label trimmed, and stores none for a blank or missing one', () => {
    expect(toQuestionRow(content('  Global State ')).label).toBe('Global State');
    expect(toQuestionRow(content('   ')).label).toBeNull();
    expect(toQuestionRow(content(undefined)).label).toBeNull();
  });

  it('shortens a file heading longer than the column allows instead of failing the import', () => {
    const label = toQuestionRow(content(`${'Ä'.repeat(150)} ${'😀'.repeat(100)}`)).label ?? '';
    expect([...label]).toHaveLength(LABEL_MAX_LENGTH);
    expect(label.endsWith('😀…')).toBe(true);
  });

  it('does not change the fingerprint: the same prompt under another title is the same question', () => {
    expect(toQuestionRow(content('Global State')).fingerprint).toBe(toQuestionRow(content(null)).fingerprint);
  });
});
