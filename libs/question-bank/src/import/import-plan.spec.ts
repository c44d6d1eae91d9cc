import { parseBank } from '../parse-bank';
import { planExactMatches, planImport, planNearDuplicates, sourceKey } from './import-plan';

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

  it('plans in two halves, exact matches first, with the same result as planImport and the first half left as it was', () => {
    const file = parse(
      [
        '## What is the difference between a process and a thread?',
        '',
        '## Explain how an index speeds up a database query.',
        '',
        '## How does a B-tree index speed up a database query?',
        '',
        '## Explain how indexes speed up a database query.',
      ].join('\n'),
    );
    const [first] = file.drafts;
    const inBank = { id: 'q1', fingerprint: first.fingerprint, prompt: first.prompt };
    const near = { id: 'q2', fingerprint: 'other', prompt: 'How does a B-tree index speed up a query in a database?' };
    const bank = { questions: [inBank, near], exact: [{ ...inBank, sourceKeys: new Set<string>() }] };

    const exact = planExactMatches(file, bank.exact);
    expect(exact.items.map((item) => item.outcome)).toEqual(['MERGED', 'NEW', 'NEW', 'NEW']);
    expect(exact.summary).toMatchObject({ new: 3, merged: 1, possibleDuplicates: 0 });
    const before = JSON.stringify(exact);

    const plan = planNearDuplicates(file, exact, bank.questions);
    expect(plan).toEqual(planImport(file, bank));
    expect(plan.items.map((item) => item.outcome)).toEqual(['MERGED', 'POSSIBLE_DUPLICATE', 'POSSIBLE_DUPLICATE', 'POSSIBLE_DUPLICATE']);
    // The B-tree draft is nearest the bank's q2; the last draft is nearest the file's second one.
    expect(plan.items[2].similar[0]).toMatchObject({ questionId: 'q2' });
    expect(plan.items[3].similar[0]).toMatchObject({ draftIndex: 1 });
    // What a non-interactive import inserts (new and kept possible duplicates) is what the first half calls new.
    const inserted = (p: typeof plan) =>
      p.items.filter((i) => i.outcome === 'NEW' || i.outcome === 'POSSIBLE_DUPLICATE').map((i) => i.index);
    expect(inserted(plan)).toEqual(inserted(exact));
    expect(JSON.stringify(exact)).toBe(before);
  });
});
