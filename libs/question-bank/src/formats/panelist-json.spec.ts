import { readFixture } from '../__fixtures__/fixtures';
import { exportBank, parseBank, PANELIST_BANK_FORMAT } from '../index';
import { parsePanelistJson } from './panelist-json';

describe('Panelist JSON', () => {
  it('round-trips: parse(export(drafts)) equals drafts, for Markdown and CSV banks', () => {
    for (const name of ['nested-bank.md', 'answer-paragraphs.md', 'questions.csv', 'corpus/titled-headings.md']) {
      const drafts = parseBank(readFixture(name), { fileName: name }).drafts;
      const exported = exportBank(drafts);
      expect(JSON.parse(exported)).toMatchObject({ format: PANELIST_BANK_FORMAT, version: 1 });
      expect(parseBank(exported, { fileName: 'bank.json' }).drafts).toStrictEqual(drafts);
    }
  });

  it('keeps a question label (the title a bank gives it) and writes none when there is none', () => {
    const drafts = parseBank(readFixture('corpus/titled-headings.md'), { fileName: 'titled.md' }).drafts;
    const questions = JSON.parse(exportBank(drafts)).questions as { label?: string }[];
    expect(questions[0].label).toBe('Global State');
    const plain = JSON.parse(exportBank(parseBank(readFixture('nested-bank.md'), { fileName: 'nested.md' }).drafts)).questions;
    expect(plain.every((question: object) => !('label' in question))).toBe(true);
  });

  it('keeps a corrected classification and its reason', () => {
    const [draft] = parseBank('- What is a mutex?\n', { fileName: 'a.md' }).drafts;
    const corrected = { ...draft, classification: { ...draft.classification, type: { value: 'coding' as const, reason: 'set by Ada' } } };
    const [reimported] = parseBank(exportBank([corrected]), { fileName: 'a.json' }).drafts;
    expect(reimported.classification.type).toEqual({ value: 'coding', reason: 'set by Ada' });
  });

  it('reads plain arrays of questions from other tools', () => {
    const bank = parseBank(readFixture('other-tool.json'), { fileName: 'other-tool.json' });
    expect(
      bank.drafts.map((d) => [d.prompt, d.rubric.referenceAnswer, d.classification.type.value, d.classification.difficulty.value]),
    ).toEqual([
      ['What is a closure?', 'A function together with the variables it captured.', 'technical', 'junior'],
      ['Describe a time you mentored someone.', null, 'behavioural', 'senior'],
    ]);
    expect(bank.drafts[0].classification.tags).toEqual([{ value: 'JavaScript', reason: 'given in the JSON file' }]);
    expect(bank.skipped).toEqual([
      expect.objectContaining({ source: { file: 'other-tool.json', item: 3, line: null }, reason: 'question has no prompt' }),
    ]);
  });

  it('reports malformed JSON with its line and column', () => {
    expect(() => parseBank(readFixture('malformed.json'), { fileName: 'malformed.json' })).toThrow(
      expect.objectContaining({ code: 'MALFORMED_JSON', line: 6, message: expect.stringContaining('line 6') }),
    );
    expect(() => parseBank('{"questions": [', { fileName: 'cut.json' })).toThrow(
      expect.objectContaining({ code: 'MALFORMED_JSON', line: 1 }),
    );
  });

  it('reports a question with a field of the wrong type by its number', () => {
    expect(() => parseBank(readFixture('invalid-question.json'), { fileName: 'invalid-question.json' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_QUESTION',
        item: 2,
        message: 'Question 2 in the JSON file field "lookFor" must be a list of strings.',
      }),
    );
  });

  it('refuses other formats and newer versions', () => {
    expect(() => parseBank('{"format":"other.bank","questions":[]}', { fileName: 'x.json' })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_FORMAT' }),
    );
    expect(() => parseBank('{"format":"panelist.bank","version":2,"questions":[]}', { fileName: 'x.json' })).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }),
    );
    expect(() => parseBank('{"format":"panelist.bank","version":1}', { fileName: 'x.json' })).toThrow(
      expect.objectContaining({ code: 'MALFORMED_JSON' }),
    );
  });
});

describe('deeply nested JSON', () => {
  it('is refused as malformed before anything walks it', () => {
    const deep = `{"questions":[{"prompt":"x","rubric":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}]}`;
    expect(() => parsePanelistJson(deep, 'deep.json')).toThrow(/more than 64 levels/);
    expect(() => parsePanelistJson('['.repeat(1_000_000), 'deep.json')).toThrow(/more than 64 levels/);
  });

  it('counts brackets inside strings as text', () => {
    const text = JSON.stringify({ questions: [{ prompt: `${'['.repeat(200)} "quoted \\" [` }] });
    expect(parsePanelistJson(text, 'ok.json').questions).toHaveLength(1);
  });
});
