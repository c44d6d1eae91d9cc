import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const root = resolve(__dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://localhost:${port}`;

/** Debian's chromium (apt-get install -y chromium); `npx playwright install` cannot download here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './specs',
  outputDir: resolve(root, 'tmp/e2e-artifacts'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Journeys type and click through whole pages: on a busy 2-CPU machine the keyboard-only kit
  // journey took over 30 s. A slow machine should make them slower, not red.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: resolve(root, 'tmp/e2e-results.json') }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // A disposable, seeded database and the API serving the built web app; dropped on SIGTERM.
    command: 'node e2e/support/serve-app.mjs',
    cwd: root,
    url: `${baseURL}/health/ready`,
    env: { E2E_PORT: String(port) },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
