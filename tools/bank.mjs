// npm run bank -- parse <file> | import <file> [--org slug] [--dry-run]: the bank importer's CLI.
// parse needs no database; import uses DATABASE_URL, else the embedded PostgreSQL.
import { resolve } from 'node:path';
import { resolveAppDatabase } from './lib/app-database.mjs';
import { runTs } from './lib/run.mjs';

const [command, file, ...rest] = process.argv.slice(2);
const args = [command, file ? resolve(process.cwd(), file) : file, ...rest].filter((arg) => arg !== undefined);
const entry = 'apps/api/src/bank-imports/bank.cli.ts';
if (command !== 'import') process.exit(await runTs(entry, args).exited);

const database = await resolveAppDatabase((line) => console.error(line));
let code = 1;
try {
  code = await runTs(entry, args, { env: { DATABASE_URL: database.url } }).exited;
} finally {
  await database.stop();
}
process.exit(code);
