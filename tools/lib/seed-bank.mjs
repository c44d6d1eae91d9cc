// The demo organization starts with the real seed bank (179 scraped questions), imported once.
import { join } from 'node:path';
import { ROOT, runTs } from './run.mjs';

export const SEED_BANK = join(ROOT, 'db', 'seeds', 'bank', 'backend-developer-questions.txt');

export function importSeedBank(env) {
  return runTs('apps/api/src/bank-imports/bank.cli.ts', ['import', SEED_BANK, '--org', 'demo', '--if-empty'], { env }).exited;
}
