// npm run db:migrate | db:reset | db:seed — against DATABASE_URL, or the embedded PostgreSQL.
import { resolveAppDatabase } from './lib/app-database.mjs';
import { runTs } from './lib/run.mjs';
import { importSeedBank } from './lib/seed-bank.mjs';

const command = process.argv[2];
const database = await resolveAppDatabase((line) => console.log(line));
let code;
try {
  const env = { DATABASE_URL: database.url };
  code = await runTs('db/cli.ts', [command], { env }).exited;
  if (code === 0 && command === 'seed') code = await importSeedBank(env);
} finally {
  await database.stop();
}
process.exit(code);
