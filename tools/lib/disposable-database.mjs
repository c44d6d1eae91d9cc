// A fresh, migrated database for one test run (jest integration, e2e, codegen), dropped afterwards.
// On TEST_DATABASE_URL's server when set; else on an embedded PostgreSQL in a temporary folder.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, dropDatabase, freePort, startEmbeddedPostgres, withDatabase } from './postgres.mjs';
import { runTs } from './run.mjs';

export async function createDisposableDatabase({ log = () => {}, migrate = true } = {}) {
  let serverUrl;
  let stopServer = async () => {};
  if (process.env.TEST_DATABASE_URL) {
    serverUrl = withDatabase(process.env.TEST_DATABASE_URL, 'postgres');
  } else {
    // tmpdir() is world-traversable, so the postgres OS user can use it when we run as root.
    const dir = mkdtempSync(join(tmpdir(), 'panelist-pg-'));
    chmodSync(dir, 0o755); // mkdtemp makes it private; the postgres OS user must reach data/
    const server = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), log });
    serverUrl = server.url;
    stopServer = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const name = `panelist_test_${process.pid}_${Date.now().toString(36)}`;
  await createDatabase(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  if (migrate) {
    const code = await runTs('db/cli.ts', ['migrate'], { env: { DATABASE_URL: url } }).exited;
    if (code !== 0) throw new Error('Migrations failed on the test database.');
  }
  return {
    url,
    async drop() {
      await dropDatabase(serverUrl, name).catch(() => {});
      await stopServer();
    },
  };
}
