import { readFixture } from '../__fixtures__/fixtures';
import { BankParseError, parseBank } from '../index';
import { readCsv } from './csv-reader';

describe('CSV reader (RFC 4180)', () => {
  it('reads quoted fields with delimiters, line breaks and doubled quotes', () => {
    const records = readCsv('a,b,c\r\n"x, y","line 1\nline 2","say ""hi"""\nplain,,"" \n');
    expect(records).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['x, y', 'line 1\nline 2', 'say "hi"'], line: 2 },
      { fields: ['plain', '', ''], line: 4 },
    ]);
  });

  it('reads a last record without a final line break and ignores blank lines', () => {
    expect(readCsv('a,b\n\n1,2').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reports an unclosed quote with the line it opened on', () => {
    expect(() => readCsv('a,b\n1,"never closed\n2,3\n')).toThrow(expect.objectContaining({ code: 'MALFORMED_CSV', line: 2 }));
  });

  it('reports text after a closing quote', () => {
    expect(() => readCsv('a,b\n"x"y,2\n')).toThrow(expect.objectContaining({ code: 'MALFORMED_CSV', line: 2 }));
  });
});

describe('CSV banks', () => {
  const bank = parseBank(readFixture('questions.csv'), { fileName: 'questions.csv' });

  it('maps the documented columns onto the draft', () => {
    expect(bank.format).toBe('csv');
    const [race] = bank.drafts;
    expect(race.prompt).toBe('What is a race condition, and how do you prevent one?');
    expect(race.rubric.referenceAnswer).toBe(
      'Two operations read and write shared state in an order nobody planned.\nPrevent it with locks, atomic operations or by not sharing state.',
    );
    expect(race.rubric.lookFor).toEqual(['Names a concrete example', 'Knows atomic operations']);
    expect(race.rubric.redFlags).toEqual(['Thinks adding sleep() fixes it']);
    expect(race.category).toEqual(['Backend', 'Concurrency']);
    expect(race.followUps).toEqual(['How would you test for it?', 'What is a deadlock?']);
    expect(race.classification.type).toEqual({ value: 'technical', reason: 'given in the CSV file' });
    expect(race.classification.tags.map((t) => t.value)).toEqual(['Java', 'Go']);
    expect(race.classification.difficulty).toEqual({ value: 'mid', reason: 'given in the CSV file' });
    expect(race.sources).toEqual([{ file: 'questions.csv', item: 1, line: 2 }]);
  });

  it('splits list cells on newlines, reads aliases and doubled quotes, and applies rules where cells are empty', () => {
    const [, bug, nPlusOne, design] = bank.drafts;
    expect(bug.rubric.lookFor).toEqual(['Owns the mistake', 'Explains the fix and the follow-up']);
    expect(bug.classification.type.value).toBe('behavioural'); // "behavioral" accepted
    expect(bug.sources[0].line).toBe(4); // the previous record spans two lines
    expect(nPlusOne.prompt).toBe('Explain the "N+1 query" problem.');
    expect(nPlusOne.rubric.lookFor).toEqual(['Knows how to spot it in logs']); // marker inside the answer cell
    expect(nPlusOne.rubric.referenceAnswer).toBe(
      'The ORM runs one query for the list and one more per row; fix with a join or eager loading.',
    );
    expect(design.classification.type.reason).toMatch(/^asks to design a system/);
    expect(design.classification.difficulty.reason).toBe('given in the CSV file');
  });

  it('skips a row without a question, saying which row', () => {
    expect(bank.skipped).toEqual([
      {
        source: { file: 'questions.csv', item: 4, line: 7 },
        reason: 'the question column is empty',
        excerpt: expect.stringContaining('an empty prompt row'),
      },
    ]);
  });

  it('accepts semicolon-separated files with "question"/"answer" headers', () => {
    const semicolon = parseBank(readFixture('semicolon.csv'), { fileName: 'semicolon.csv' });
    expect(semicolon.drafts.map((d) => [d.prompt, d.rubric.referenceAnswer])).toEqual([
      ['What is REST?', 'An architectural style for networked applications.'],
      ['Which HTTP status means Not Found?', '404'],
    ]);
  });

  it('fails with MISSING_COLUMNS and the header line when there is no question column', () => {
    let error: unknown;
    try {
      parseBank(readFixture('missing-column.csv'), { fileName: 'missing-column.csv', format: 'csv' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BankParseError);
    expect(error).toMatchObject({ code: 'MISSING_COLUMNS', line: 1 });
    expect((error as Error).message).toContain('"title text", "answer text"');
  });

  it('fails with MALFORMED_CSV and the line of an unclosed quote', () => {
    expect(() => parseBank(readFixture('broken-quote.csv'), { fileName: 'broken-quote.csv' })).toThrow(
      expect.objectContaining({ code: 'MALFORMED_CSV', line: 2, item: 1 }),
    );
  });

  it('skips a row with more fields than the header', () => {
    const result = parseBank('prompt,answer\n"What is X?",a,b\n"What is Y?",c\n', { fileName: 'x.csv' });
    expect(result.drafts.map((d) => d.prompt)).toEqual(['What is Y?']);
    expect(result.skipped[0]).toMatchObject({
      source: { item: 1, line: 2 },
      reason: expect.stringContaining('row has 3 fields but the header has 2'),
    });
  });
});
