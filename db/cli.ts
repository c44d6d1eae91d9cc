import { createDataSource } from './data-source';
import { seedDemoOrganization, DEMO_USERS, DEMO_PASSWORD } from './seeds/demo-organization.seed';
import { seedDemoHiring } from './seeds/demo-hiring.seed';

/**
 * `migrate` applies pending migrations; `reset` drops everything and migrates; `seed` adds the demo
 * organization; `demo-hiring` adds a demo job with candidates and interviews (after the seed bank).
 */
async function main(command: string | undefined): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    if (command === 'reset') {
      await dataSource.query('DROP SCHEMA public CASCADE');
      await dataSource.query('CREATE SCHEMA public');
    }
    if (command === 'migrate' || command === 'reset' || command === 'prepare') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(`db: ${applied.length} migration(s) applied`);
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
    if (!['migrate', 'reset', 'seed', 'prepare', 'demo-hiring'].includes(command ?? '')) {
      throw new Error(`Unknown command "${command}". Use migrate, reset, seed, prepare or demo-hiring.`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
