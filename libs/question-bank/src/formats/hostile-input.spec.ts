import { parseBank } from '../index';

/**
 * Files shaped to make a pattern backtrack. Each of these took from minutes to years to read before its
 * pattern was rewritten (an exponential link-line pattern; a quadratic "Reference answer" detector), so a
 * regression shows as a test that never finishes, not as a timing. The import also reads files in a worker
 * with a deadline (apps/api bank-imports), for whatever pattern is found next.
 */
describe('hostile input: files built to make the reader backtrack', () => {
  it('a line of images and URLs ending in a stray character (exponential before) is read as text', () => {
    const line = '<img> http://p '.repeat(40) + '`';
    const bank = parseBank(`- What is a closure?\n\n  ${line}\n`, { fileName: 'links.md', nearDuplicates: false });
    expect(bank.summary.items).toBe(1);
    expect(bank.drafts[0].prompt).toBe('What is a closure?');
  });

  it('a line of only links, images and URLs under a question is still dropped from its prompt', () => {
    const bank = parseBank(
      '## Questions\n\n#### Idempotency\n\nWhat makes an API call idempotent?<br/>\n**[Resources](https://example.com)** · <img src="x.png"> https://example.com/more\n',
      { fileName: 'titled.md', nearDuplicates: false },
    );
    expect(bank.drafts.map((draft) => draft.prompt)).toEqual(['What makes an API call idempotent?']);
  });

  it('a deeply indented list of 2,000 levels (4 MB of white space, quadratic before) reads', () => {
    const text = Array.from({ length: 2_000 }, (_, level) => `${' '.repeat(level * 2)}- What is ${level}?`).join('\n');
    const bank = parseBank(text, { fileName: 'deep.md', nearDuplicates: false });
    expect(bank.summary.items).toBeGreaterThanOrEqual(1);
    expect(bank.drafts[0].prompt).toBe('What is 0?');
  });

  it('"Reference answer" lines are still recognised after the rewrite', () => {
    const page =
      '1.\nWhat is a closure?\nReference answer\nA function with its scope.\n\n2.\nWhat is hoisting?\n  Model answer :  \nDeclarations move up.\n';
    const bank = parseBank(page, { fileName: 'page.txt', nearDuplicates: false });
    expect(bank.drafts.map((draft) => draft.prompt)).toEqual(['What is a closure?', 'What is hoisting?']);
  });
});
