import type { GraphQLError } from 'graphql';
import { BankReader } from './bank-reader';

/** Seconds of reading, whatever the machine: ~4 s per 1.5 MB of question headings here, and the deadline is 1 s. */
const SLOW_FILE = Buffer.from('### What is it?\n\nAn answer.\n\n'.repeat(150_000));
const options = (fileName: string) => ({ fileName, nearDuplicates: false });
const codeOf = (error: unknown) => (error as GraphQLError).extensions?.code;

describe('BankReader: banks are read in worker threads with a deadline', () => {
  let reader: BankReader;

  beforeEach(() => {
    reader = new BankReader({ bankReadTimeoutSeconds: 1 });
  });

  afterEach(() => reader.onApplicationShutdown());

  it('reads a bank', async () => {
    const bank = await reader.read(Buffer.from('- What is a closure?\n- What is hoisting?\n'), options('bank.md'));
    expect(bank.drafts.map((draft) => draft.prompt)).toEqual(['What is a closure?', 'What is hoisting?']);
  });

  it("refuses a file the reader refuses, with the reader's reason", async () => {
    const refused = await reader.read(Buffer.alloc(0), options('empty.md')).catch((error: unknown) => error);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect((refused as GraphQLError).extensions.field).toBe('file');
    expect((refused as Error).message).toMatch(/empty/i);
  });

  it('stops a read past its deadline, keeps answering meanwhile, and reads the next file on a fresh thread', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    try {
      const stopped = await reader.read(SLOW_FILE, options('slow.md')).catch((error: unknown) => error);
      expect(codeOf(stopped)).toBe('BAD_USER_INPUT');
      expect((stopped as Error).message).toMatch(/took longer than 1 s, so it was stopped/);
      // This thread ran its timers all along: the reading happened elsewhere.
      expect(ticks).toBeGreaterThan(20);
    } finally {
      clearInterval(ticker);
    }
    const next = await reader.read(Buffer.from('- What is a closure?\n'), options('next.md'));
    expect(next.drafts).toHaveLength(1);
  });

  it('asks people to come back when too many files wait, and fails waiting reads on shutdown', async () => {
    const reads = Array.from({ length: 10 }, () => reader.read(SLOW_FILE, options('slow.md')).catch((error: unknown) => error));
    const refused = await reader.read(SLOW_FILE, options('one-too-many.md')).catch((error: unknown) => error);
    expect(codeOf(refused)).toBe('SERVICE_UNAVAILABLE');
    await reader.onApplicationShutdown();
    expect((await Promise.all(reads)).map(codeOf)).toEqual(Array(10).fill('SERVICE_UNAVAILABLE'));
  });
});
