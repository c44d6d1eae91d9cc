// The database the app (npm start, npm run db:*) uses: DATABASE_URL when set, else the embedded one.
import { join } from 'node:path';
import { startEmbeddedPostgres, withDatabase, ensureDatabase } from './postgres.mjs';
import { ROOT } from './run.mjs';

export const DEFAULT_EMBEDDED_PORT = 54329;

export async function resolveAppDatabase(log) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = process.env.PANELIST_DATA_DIR ?? join(ROOT, '.data', 'postgres');
  const port = Number(process.env.PANELIST_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const server = await startEmbeddedPostgres({ dataDir, port, log });
  const url = withDatabase(server.url, 'panelist');
  await ensureDatabase(url);
  log(`Embedded PostgreSQL ready on 127.0.0.1:${port} (data in ${dataDir}).`);
  return { url, embedded: true, stop: server.stop };
}
