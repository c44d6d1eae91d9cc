// Serves Panelist for the browser tests: a disposable, migrated and seeded database, the API on
// E2E_PORT (default 3107) serving the built web app, and a test OpenID provider (test-idp.mjs).
// Playwright starts it as its webServer and stops it with SIGTERM, which drops the database again.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createDisposableDatabase } from '../../tools/lib/disposable-database.mjs';
import { ROOT, runTs, spawnInherit } from '../../tools/lib/run.mjs';
import { startTestIdp } from './test-idp.mjs';

const port = Number(process.env.E2E_PORT ?? 3107);
// The email journey listens here with an SMTP server of its own (e2e/support/test-smtp.ts); while no
// journey listens, mail waits in the outbox and is retried, and every other journey works as before.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3109);
const webDist = join(ROOT, 'dist', 'web');
const log = (line) => console.log(`[e2e-server] ${line}`);

/** The newest modification time under the given paths (files or folders). */
function newestChange(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}

async function ensureWebBuilt() {
  const indexHtml = join(webDist, 'index.html');
  const sources = [
    'apps/web/src',
    'apps/web/index.html',
    'apps/web/vite.config.mts',
    'libs/roles/src',
    'libs/errors/src',
    'libs/kits/src',
    'libs/scorecards/src',
    'libs/scoring/src',
  ];
  const builtAt = existsSync(indexHtml) ? statSync(indexHtml).mtimeMs : 0;
  if (builtAt > newestChange(sources.map((path) => join(ROOT, path)))) return;
  log('building the web app ...');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const code = await spawnInherit(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']).exited;
  if (code !== 0) throw new Error('The web app did not build.');
}

let database;
let api;
let identityProvider;
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (api && api.exitCode === null && api.signalCode === null) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
  }
  identityProvider?.kill('SIGTERM');
  await database?.drop();
  process.exit(code);
}

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));

try {
  await ensureWebBuilt();
  database = await createDisposableDatabase();
  const env = { DATABASE_URL: database.url };
  if ((await runTs('db/cli.ts', ['seed'], { env }).exited) !== 0) throw new Error('Seeding the demo organization failed.');
  identityProvider = await startTestIdp(`http://localhost:${port}`);
  const started = runTs('apps/api/src/main.ts', [], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://localhost:${port}`,
      WEB_DIST: webDist,
      JWT_SECRET: randomBytes(32).toString('hex'),
      // The journeys sign in several times a minute from one address.
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'Panelist <panelist@example.com>',
      SMTP_RETRY_SECONDS: '2',
    },
  });
  api = started.child;
  log(`serving on http://localhost:${port}`);
  const code = await started.exited;
  if (!stopping) {
    log(`the API exited with code ${code}`);
    await stop(code || 1);
  }
} catch (error) {
  console.error(`[e2e-server] ${error instanceof Error ? error.message : error}`);
  await stop(1);
}
