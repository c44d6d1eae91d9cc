// npm run db:migrate | db:reset | db:seed — against DATABASE_URL, or the embedded PostgreSQL.
import { resolveAppDatabase } from './lib/app-database.mjs';
import { runTs } from './lib/run.mjs';

const command = process.argv[2];
const database = await resolveAppDatabase((line) => console.log(line));
let code = 1;
try {
  code = await runTs('db/cli.ts', [command], { env: { DATABASE_URL: database.url } }).exited;
} finally {
  await database.stop();
}
process.exit(code);
