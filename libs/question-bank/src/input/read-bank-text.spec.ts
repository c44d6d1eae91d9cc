import { BankParseError, MAX_BANK_BYTES, parseBank } from '../index';

const parse =
  (content: string | Uint8Array, fileName = 'bank.md') =>
  () =>
    parseBank(content, { fileName });
const bytes = (...values: number[]) => new Uint8Array(values);

describe('reading the uploaded file', () => {
  it('refuses an empty or whitespace-only file', () => {
    expect(parse('')).toThrow(expect.objectContaining({ code: 'EMPTY' }));
    expect(parse(bytes(0xef, 0xbb, 0xbf, 0x20, 0x0a))).toThrow(
      expect.objectContaining({ code: 'EMPTY', message: 'The file is empty: it contains no questions.' }),
    );
  });

  it('recognises common binary files by their signature', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n...');
    expect(parse(pdf)).toThrow(expect.objectContaining({ code: 'BINARY', message: expect.stringContaining('a PDF document') }));
    expect(parse(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'bank.xlsx')).toThrow(
      expect.objectContaining({ code: 'BINARY', message: expect.stringContaining('Word and Excel files') }),
    );
  });

  it('refuses other binary content (NUL bytes) and says on which line', () => {
    const binary = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    binary.set(new TextEncoder().encode('- What?\n- Why?\n'), 0);
    binary[30] = 0;
    expect(parse(binary)).toThrow(expect.objectContaining({ code: 'BINARY', line: 3 }));
    expect(parse('- What?\u0000')).toThrow(expect.objectContaining({ code: 'BINARY', line: 1 }));
  });

  it('refuses files over 20 MB before decoding them', () => {
    const fiftyMegabytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    expect(parse(fiftyMegabytes)).toThrow(expect.objectContaining({ code: 'TOO_LARGE', message: expect.stringContaining('50.0 MB') }));
    expect(parse('x'.repeat(MAX_BANK_BYTES + 1))).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    // Multi-byte characters count as bytes, not characters.
    expect(parse('é'.repeat(MAX_BANK_BYTES / 2 + 1))).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
  });

  it('refuses text that is not UTF-8, naming the line, unless Windows-1252 is chosen', () => {
    const latin1 = bytes(...new TextEncoder().encode('# Bank\n\n- What is a caf'), 0xe9, 0x3f, 0x0a);
    let error: unknown;
    try {
      parseBank(latin1, { fileName: 'bank.md' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BankParseError);
    expect(error).toMatchObject({ code: 'ENCODING', line: 3, message: expect.stringContaining('byte 0xe9 at line 3') });
    expect(parseBank(latin1, { fileName: 'bank.md', encoding: 'windows-1252' }).drafts[0].prompt).toBe('What is a café?');
  });

  it('reads UTF-16 files that start with a byte-order mark', () => {
    const text = '- What is a café?\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(parseBank(utf16, { fileName: 'bank.md' }).drafts[0].prompt).toBe('What is a café?');
  });

  it('cannot tell the format of unstructured text', () => {
    expect(parse('just some words\nand more words\n', 'notes.txt')).toThrow(expect.objectContaining({ code: 'UNKNOWN_FORMAT' }));
  });
});
