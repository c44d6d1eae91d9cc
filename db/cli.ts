import { createDataSource, migrateUnderLock } from './data-source';
import { seedDemoOrganization, lockDemoUsers, DEMO_USERS, DEMO_PASSWORD } from './seeds/demo-organization.seed';
import { seedDemoHiring } from './seeds/demo-hiring.seed';

const COMMANDS = ['migrate', 'reset', 'seed', 'prepare', 'demo-hiring', 'lock-demo-users'];
const SEEDING = ['seed', 'prepare', 'demo-hiring'];

/** Demo users have a published password: their data never goes where real people sign in. */
function refuseDemoDataWhereUnsafe(command: string): void {
  if (!SEEDING.includes(command)) return;
  const why =
    process.env.NODE_ENV === 'production' ? 'NODE_ENV is production' : process.env.PANELIST_DEMO?.trim() === '0' ? 'PANELIST_DEMO=0' : null;
  if (!why) return;
  throw new Error(
    `db: refusing to add the demo data because ${why}: its users share a published password. ` +
      'Create a real organization instead: npm run org -- create --name <organization> --admin-email <email>',
  );
}

/**
 * `migrate` applies pending migrations; `reset` drops everything and migrates; `seed` adds the demo
 * organization; `demo-hiring` adds a demo job with candidates and interviews (after the seed bank);
 * `prepare` is migrate + seed; `lock-demo-users` takes the demo password away from the demo users.
 */
async function main(command: string | undefined): Promise<void> {
  if (!command || !COMMANDS.includes(command)) throw new Error(`Unknown command "${command}". Use ${COMMANDS.join(', ')}.`);
  refuseDemoDataWhereUnsafe(command);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  // Migrations and seeds may run long on a big database: no statement timeout here.
  const dataSource = createDataSource(url, { statementTimeoutMs: 0 });
  await dataSource.initialize();
  try {
    if (command === 'migrate' || command === 'reset' || command === 'prepare') {
      // Under an advisory lock: replicas or jobs migrating one database at once take turns.
      const reset = async () => {
        if (command !== 'reset') return;
        await dataSource.query('DROP SCHEMA public CASCADE');
        await dataSource.query('CREATE SCHEMA public');
      };
      const applied = await migrateUnderLock(dataSource, reset);
      console.log(`db: ${applied} migration(s) applied`);
    }
    if (command === 'seed' || command === 'prepare') {
      const { created } = await seedDemoOrganization(dataSource);
      console.log(`db: demo organization ${created ? 'created' : 'already present'}`);
      if (created) {
        console.log(`db: demo users (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.email).join(', ')}`);
      }
    }
    if (command === 'demo-hiring') {
      const { created } = await seedDemoHiring(dataSource);
      console.log(`db: demo job, candidates and interviews ${created ? 'created' : 'left as they are'}`);
    }
    if (command === 'lock-demo-users') {
      const locked = await lockDemoUsers(dataSource);
      console.log(
        locked.length > 0
          ? `db: the demo password no longer signs in ${locked.join(', ')} (their sessions ended; their data stays)`
          : 'db: no demo user has the demo password',
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
