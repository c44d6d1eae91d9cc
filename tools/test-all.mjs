// npm test: lint, type checks, unit + web + integration tests (jest), browser journeys (Playwright).
// Prints one closing line "N passed, N failed" summed over every suite; exits non-zero on any failure.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, spawnInherit } from './lib/run.mjs';

const results = [];
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const TMP = join(ROOT, 'tmp');
mkdirSync(TMP, { recursive: true });

function banner(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

/** A static check counts as one test: it passes or fails as a whole. */
async function check(title, command, args) {
  banner(title);
  const code = await spawnInherit(command, args).exited;
  results.push({ title, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

async function jest() {
  banner('jest: unit, web and integration (real PostgreSQL)');
  const output = join(TMP, 'jest-results.json');
  rmSync(output, { force: true });
  const code = await spawnInherit(bin('jest'), ['--ci', '--json', `--outputFile=${output}`]).exited;
  const report = readJson(output);
  const passed = report?.numPassedTests ?? 0;
  // A suite that cannot even load has no failed tests, but it has failed.
  const failed = (report?.numFailedTests ?? 0) + (report?.numRuntimeErrorTestSuites ?? 0) || (code === 0 ? 0 : 1);
  results.push({ title: 'jest', passed, failed, skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0) });
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

async function playwright() {
  banner('playwright: browser journeys');
  const chromium = findChromium();
  if (!chromium) {
    if (process.env.CI) {
      console.log('No Chromium found, and browser tests must run in CI: apt-get install -y chromium');
      results.push({ title: 'playwright', passed: 0, failed: 1, skipped: 0 });
    } else {
      console.log('Browser tests skipped: no Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
    }
    return;
  }
  const output = join(TMP, 'e2e-results.json');
  rmSync(output, { force: true });
  const code = await spawnInherit(bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts'], {
    env: { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: output },
  }).exited;
  const stats = readJson(output)?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = stats ? stats.unexpected : code === 0 ? 0 : 1;
  results.push({ title: 'playwright', passed, failed: failed || (code === 0 ? 0 : 1), skipped: stats?.skipped ?? 0 });
}

const TYPECHECKED = ['apps/api', 'apps/web', 'libs', 'db', 'tools', 'e2e'];

await check('lint (type-aware, module boundaries, zero warnings)', 'npm', ['run', '--silent', 'lint']);
for (const project of TYPECHECKED) {
  await check(`typecheck ${project}`, bin('tsc'), ['-p', join(project, 'tsconfig.json'), '--noEmit']);
}
await jest();
await playwright();

const total = results.reduce(
  (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
  {
    passed: 0,
    failed: 0,
    skipped: 0,
  },
);
banner('summary');
for (const r of results)
  console.log(`${r.failed ? '✗' : '✓'} ${r.title}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed === 0 ? 0 : 1);
