import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The seed as the repository ships it (db/seeds/bank), read from the repository root. */
export const SEED_PATH = resolve(__dirname, '../../../../db/seeds/bank/backend-developer-questions.txt');
export const SEED_FILE_NAME = 'backend-developer-questions.txt';

export function readSeed(): Uint8Array {
  return new Uint8Array(readFileSync(SEED_PATH));
}

export function readFixture(name: string): string {
  return readFileSync(join(__dirname, name), 'utf8');
}
