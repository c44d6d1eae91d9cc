// npm run bench:comparison [-- N]: the job comparison benchmark on a throwaway database (TEST_DATABASE_URL's server, else embedded).
import { createDisposableDatabase } from './lib/disposable-database.mjs';
import { runTs } from './lib/run.mjs';

const database = await createDisposableDatabase({ log: (line) => console.log(line) });
let code;
try {
  code = await runTs('apps/api/bench/comparison.bench.ts', process.argv.slice(2), { env: { DATABASE_URL: database.url } }).exited;
} finally {
  await database.drop();
}
process.exit(code);
