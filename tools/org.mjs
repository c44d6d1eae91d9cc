// npm run org -- create --name <organization> --admin-email <email> [--admin-name <name>]
//              | invite-admin --org <slug> --admin-email <email> | list
// The operator's organization CLI (apps/api/src/organizations/organization.cli.ts) against
// DATABASE_URL, else the embedded PostgreSQL: the one a running `npm start` holds, or started here.
import { resolveAppDatabase } from './lib/app-database.mjs';
import { runTs } from './lib/run.mjs';

const entry = 'apps/api/src/organizations/organization.cli.ts';
const args = process.argv.slice(2);
// A command line the CLI will refuse needs no database: let it print the usage at once.
if (!['create', 'invite-admin', 'list'].includes(args[0]) || args.includes('--help') || args.includes('-h'))
  process.exit(await runTs(entry, args).exited);

const database = await resolveAppDatabase((line) => console.error(line), { shareRunning: true });
let code;
try {
  code = await runTs(entry, args, { env: { DATABASE_URL: database.url } }).exited;
} finally {
  await database.stop();
}
process.exit(code);
