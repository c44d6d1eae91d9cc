// Serves Panelist for the browser tests: a disposable, migrated and seeded database, the API on
// E2E_PORT (default 3107) serving the built web app, and a test OpenID provider (test-idp.mjs).
// Playwright starts it as its webServer and stops it with SIGTERM, which drops the database again.
import { randomBytes } from 'node:crypto';
import { createDisposableDatabase } from '../../tools/lib/disposable-database.mjs';
import { runTs } from '../../tools/lib/run.mjs';
import { WEB_DIST as webDist, ensureWebBuilt } from '../../tools/lib/web-build.mjs';
import { startTestIdp } from './test-idp.mjs';

const port = Number(process.env.E2E_PORT ?? 3107);
// The email journey listens here with an SMTP server of its own (e2e/support/test-smtp.ts); while no
// journey listens, mail waits in the outbox and is retried, and every other journey works as before.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3109);
const log = (line) => console.log(`[e2e-server] ${line}`);

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
  // Built only when its inputs changed since the last build (tools/lib/web-build.mjs).
  await ensureWebBuilt(log);
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
      // The reminder journey waits for the app's own scheduled run (pg-boss cron: at most once a minute).
      // Harmless to the others: a scorecard is reminded at most once a day, and only a day after its interview.
      REMINDER_SWEEP_CRON: '* * * * *',
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
