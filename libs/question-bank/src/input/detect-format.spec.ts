import { detectFormat } from '../index';

describe('detectFormat', () => {
  it('trusts clear extensions', () => {
    expect(detectFormat('bank.csv', 'prompt\nWhat?')).toBe('csv');
    expect(detectFormat('bank.json', '{}')).toBe('json');
    expect(detectFormat('bank.md', '- What?')).toBe('markdown');
  });

  it('sniffs the content of .txt files and files without an extension', () => {
    expect(detectFormat('page.txt', '1\nWhat is X?\nReference answer\nIt is.\n2\nWhy?\nReference answer\nBecause.')).toBe('seed-page');
    expect(detectFormat('export', '  [{"prompt": "What?"}]')).toBe('json');
    expect(detectFormat('bank.txt', 'Question,Answer\nWhat?,That.')).toBe('csv');
    expect(detectFormat('bank.txt', '## Databases\n\n- What is an index?')).toBe('markdown');
  });
});
