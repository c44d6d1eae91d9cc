// npm start: the whole app on one origin. PostgreSQL from DATABASE_URL, else embedded in .data/;
// migrations applied, the demo organization seeded, the web app built, then the API served.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { resolveAppDatabase } from './lib/app-database.mjs';
import { ROOT, runTs, spawnInherit } from './lib/run.mjs';
import { importSeedBank } from './lib/seed-bank.mjs';

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

async function ensureWebBuilt() {
  if (process.env.SKIP_WEB_BUILD === 'true' && existsSync(join(ROOT, 'dist', 'web', 'index.html'))) return;
  log('Building the web app ...');
  const code = await spawnInherit(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']).exited;
  if (code !== 0) throw new Error('The web app did not build.');
}

let database;
let api;
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  log('Stopping ...');
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
  }
  await database?.stop();
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  await ensureWebBuilt();
  database = await resolveAppDatabase(log);
  const env = { DATABASE_URL: database.url };
  if ((await runTs('db/cli.ts', ['prepare'], { env }).exited) !== 0) throw new Error('Migrations or seeding failed.');
  if ((await importSeedBank(env)) !== 0) throw new Error('Importing the seed question bank failed.');
  if ((await runTs('db/cli.ts', ['demo-hiring'], { env }).exited) !== 0) throw new Error('Adding the demo job failed.');
  const started = runTs('apps/api/src/main.ts', [], {
    env: { ...env, PORT: String(port), JWT_SECRET: jwtSecret(), WEB_DIST: join(ROOT, 'dist', 'web') },
  });
  api = started.child;
  await waitForReady(port);
  log('');
  log(`Panelist is running at http://localhost:${port}`);
  const demo = JSON.parse(readFileSync(join(ROOT, 'db', 'seeds', 'demo-users.json'), 'utf8'));
  log(`Sign in with any demo user below, password "${demo.password}":`);
  for (const user of demo.users) log(`  ${user.label.padEnd(15)} ${user.email}`);
  log('Press Ctrl-C to stop.');
  const code = await started.exited;
  if (!stopping) await stop(code);
} catch (error) {
  console.error(`[panelist] ${error instanceof Error ? error.message : error}`);
  await stop(1);
}

async function waitForReady(port) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error('The API exited during start-up.');
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
