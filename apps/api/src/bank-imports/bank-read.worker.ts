import { parentPort } from 'node:worker_threads';
import { isBankParseError, parseBank, type ParseBankOptions, type ParsedBank } from '@panelist/question-bank';

export interface BankReadTask {
  content: Uint8Array;
  options: ParseBankOptions;
}

/** A file the reader refuses comes back as its message (an Error's class does not cross threads). */
export type BankReadResult = { bank: ParsedBank } | { problem: string };
/** The thread's first message: loaded, so a deadline measures reading, not start-up. */
export const READY = 'ready';

function readBank({ content, options }: BankReadTask): BankReadResult {
  try {
    return { bank: parseBank(content, options) };
  } catch (error) {
    if (isBankParseError(error)) return { problem: error.message };
    throw error;
  }
}

// A worker thread of bank-reader.ts: one file at a time, answered in order.
parentPort?.on('message', (task: BankReadTask) => parentPort?.postMessage(readBank(task)));
parentPort?.postMessage(READY);
