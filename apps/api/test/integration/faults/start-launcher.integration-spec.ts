import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { freePort, JWT_SECRET, start } from '../first-run/processes';

/** The API process that npm start's launcher spawned. */
function childOf(pid: number): number {
  const pids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .trim()
    .split(/\s+/)
    .map(Number);
  if (pids.length !== 1 || !pids[0]) throw new Error(`expected one child of ${pid}, got ${JSON.stringify(pids)}`);
  return pids[0];
}

// tools/start.mjs (npm start) against the integration database, without the web build.
describe('npm start launcher', () => {
  const env = (port: number) => ({
    NODE_ENV: 'production',
    DATABASE_URL: process.env.INTEGRATION_DATABASE_URL ?? '',
    PORT: String(port),
    JWT_SECRET,
    SKIP_WEB_BUILD: 'true',
    LOG_LEVEL: 'warn',
  });

  it('refuses to start when another process already answers on its port, instead of taking that server for its own', async () => {
    const port = await freePort();
    const impostor: Server = createServer((_req, res) => res.end('{"status":"ok"}'));
    await new Promise<void>((resolve) => impostor.listen(port, '127.0.0.1', resolve));
    try {
      const launcher = start(['tools/start.mjs'], env(port));
      const code = await new Promise<number | null>((resolve) => launcher.child.once('exit', resolve));
      expect(code).not.toBe(0);
      expect(launcher.output()).toMatch(new RegExp(`Port ${port} is already in use`));
      expect(launcher.output()).not.toMatch(/Panelist is running/);
    } finally {
      await new Promise((resolve) => impostor.close(resolve));
    }
  });

  it('exits when the API dies by a signal, instead of waiting for an exit that already happened', async () => {
    const port = await freePort();
    const launcher = start(['tools/start.mjs'], env(port));
    try {
      await launcher.waitFor(/Press Ctrl-C to stop/, 110_000);
      process.kill(childOf(launcher.child.pid ?? 0), 'SIGKILL');
      const code = await new Promise<number | null>((resolve) =>
        launcher.child.exitCode !== null ? resolve(launcher.child.exitCode) : launcher.child.once('exit', resolve),
      );
      expect(code).toBe(1);
      expect(launcher.output()).toMatch(/The API was ended by SIGKILL/);
    } finally {
      await launcher.stop();
    }
  }, 120_000);
});
