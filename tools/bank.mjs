// npm run bank -- parse <file> | import <file> [--org slug] [--dry-run] | export [--org slug] [--format json|csv|md] [--out file]:
// the bank's CLI. parse needs no database; import and export use DATABASE_URL, else the embedded PostgreSQL
// (export, which only reads, shares the one a running `npm start` holds).
import { resolve } from 'node:path';
import { resolveAppDatabase } from './lib/app-database.mjs';
import { runTs } from './lib/run.mjs';

const [command, ...rest] = process.argv.slice(2);
const entry = 'apps/api/src/bank-imports/bank.cli.ts';
// Paths are resolved here: the CLI runs from the repository root, the person typed them from anywhere.
const args =
  command === 'export'
    ? [command, ...rest.map((arg, i) => (rest[i - 1] === '--out' ? resolve(process.cwd(), arg) : arg))]
    : [command, rest[0] ? resolve(process.cwd(), rest[0]) : rest[0], ...rest.slice(1)].filter((arg) => arg !== undefined);
if (command !== 'import' && command !== 'export') process.exit(await runTs(entry, args).exited);

const database = await resolveAppDatabase((line) => console.error(line), { shareRunning: command === 'export' });
let code;
try {
  code = await runTs(entry, args, { env: { DATABASE_URL: database.url } }).exited;
} finally {
  await database.stop();
}
process.exit(code);
