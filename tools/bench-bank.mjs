// npm run bench:bank [-- N]: a 5 MB Markdown bank read by the library (BENCH_MARKDOWN_FILE=file.md to read yours),
// then the bank benchmark on a throwaway database (TEST_DATABASE_URL's server, else embedded).
import { createDisposableDatabase } from './lib/disposable-database.mjs';
import { runTs } from './lib/run.mjs';

// Reading a 5 MB Markdown bank needs no database: measured first, printed on its own line.
const markdown = await runTs('libs/question-bank/bench/markdown.bench.ts').exited;
if (markdown !== 0) process.exit(markdown);

const database = await createDisposableDatabase({ log: (line) => console.log(line) });
let code;
try {
  code = await runTs('apps/api/bench/bank.bench.ts', process.argv.slice(2), { env: { DATABASE_URL: database.url } }).exited;
} finally {
  await database.drop();
}
process.exit(code);
