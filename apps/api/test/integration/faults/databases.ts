import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/** An empty database (no migrations applied) on the integration server, dropped afterwards. */
export async function emptyDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const shared = process.env.INTEGRATION_DATABASE_URL;
  if (!shared) throw new Error('INTEGRATION_DATABASE_URL is not set: run through jest --selectProjects integration');
  const server = new URL(shared);
  server.pathname = '/postgres';
  const name = `panelist_${label}_${randomBytes(6).toString('hex')}`;
  const admin = await new DataSource({ type: 'postgres', url: server.toString() }).initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(shared);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.destroy();
    },
  };
}
