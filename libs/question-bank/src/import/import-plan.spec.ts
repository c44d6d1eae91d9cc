import { parseBank } from '../parse-bank';
import { planImport, sourceKey } from './import-plan';

const FILE = 'bank.md';
const parse = (text: string) => parseBank(text, { fileName: FILE, format: 'markdown' });

describe('planImport', () => {
  const parsed = parse(
    [
      '## What is the difference between a process and a thread?',
      '',
      '## Explain how an index speeds up a database query.',
      '',
      '## How does a B-tree index speed up a database query?',
    ].join('\n'),
  );

  it('plans every draft of an empty bank as new, with a summary', () => {
    const plan = planImport(parsed, { questions: [], exact: [] });
    expect(plan.items.map((item) => item.outcome).filter((outcome) => outcome === 'NEW').length).toBeGreaterThan(0);
    expect(plan.summary.items).toBe(parsed.summary.items);
    expect(plan.summary.new + plan.summary.possibleDuplicates).toBe(plan.items.length);
  });

  it('merges an exact match with new sources and leaves an already recorded one unchanged', () => {
    const [first] = parsed.drafts;
    const bankQuestion = { id: 'q1', fingerprint: first.fingerprint, prompt: first.prompt };
    const merged = planImport(parsed, { questions: [bankQuestion], exact: [{ ...bankQuestion, sourceKeys: new Set<string>() }] });
    expect(merged.items[0]).toMatchObject({ outcome: 'MERGED', existingQuestionId: 'q1' });

    const recorded = new Set(first.sources.map(sourceKey));
    const unchanged = planImport(parsed, { questions: [bankQuestion], exact: [{ ...bankQuestion, sourceKeys: recorded }] });
    expect(unchanged.items[0]).toMatchObject({ outcome: 'UNCHANGED', existingQuestionId: 'q1' });
    expect(unchanged.summary.unchanged).toBe(1);
  });

  it('asks about a near duplicate of a bank question instead of importing it silently', () => {
    const near = parse('## Explain how an index speeds up a database query?');
    const bank = { questions: [{ id: 'q2', fingerprint: 'other', prompt: 'Explain how an index speeds up a database query.' }], exact: [] };
    const plan = planImport(near, bank);
    expect(plan.items[0].outcome).toBe('POSSIBLE_DUPLICATE');
    expect(plan.items[0].similar[0]).toMatchObject({ questionId: 'q2', draftIndex: null });
    expect(plan.items[0].reason).toMatch(/^Similar \(\d+%\) to a question already in the bank/);
  });
});
