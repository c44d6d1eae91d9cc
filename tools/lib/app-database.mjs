// The database the app (npm start, npm run db:*) uses: DATABASE_URL when set, else the embedded one.
import { join } from 'node:path';
import { ensureDatabase, runningEmbeddedPostgres, startEmbeddedPostgres, withDatabase } from './postgres.mjs';
import { ROOT } from './run.mjs';

export const DEFAULT_EMBEDDED_PORT = 54329;

/**
 * shareRunning: when `npm start` already runs the embedded PostgreSQL, use it (a short command such
 * as `npm run org` beside a running app) rather than refusing because another process owns it.
 */
export async function resolveAppDatabase(log, { shareRunning = false } = {}) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = process.env.PANELIST_DATA_DIR ?? join(ROOT, '.data', 'postgres');
  const running = shareRunning ? runningEmbeddedPostgres(dataDir) : null;
  if (running) {
    log(`Using the embedded PostgreSQL of the running Panelist (pid ${running.owner}).`);
    return { url: withDatabase(running.url, 'panelist'), embedded: true, stop: async () => {} };
  }
  const port = Number(process.env.PANELIST_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const server = await startEmbeddedPostgres({ dataDir, port, log });
  const url = withDatabase(server.url, 'panelist');
  await ensureDatabase(url);
  log(`Embedded PostgreSQL ready on 127.0.0.1:${port} (data in ${dataDir}).`);
  return { url, embedded: true, stop: server.stop };
}
