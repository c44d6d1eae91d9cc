import { randomBytes } from 'node:crypto';
import { createDataSource } from '@panelist/db';

export interface OwnDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A freshly migrated database of the suite's own, on the integration server. For suites whose jobs
 * sweep every organization (reminders, digests): on the shared database they would also work through
 * every other suite's data, and their timing would depend on what ran before.
 */
export async function ownDatabase(label: string): Promise<OwnDatabase> {
  const shared = process.env.INTEGRATION_DATABASE_URL;
  if (!shared) throw new Error('INTEGRATION_DATABASE_URL is not set: run through jest --selectProjects integration');
  const name = `${new URL(shared).pathname.slice(1)}_${label}_${randomBytes(3).toString('hex')}`.slice(0, 63);
  const admin = async (statement: string) => {
    const server = createDataSource(shared, { poolSize: 1 });
    await server.initialize();
    try {
      await server.query(statement);
    } finally {
      await server.destroy();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(shared);
  url.pathname = `/${name}`;
  const dataSource = createDataSource(url.toString());
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
