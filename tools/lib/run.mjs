import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TS_REGISTER = join(ROOT, 'tools', 'ts-register.cjs');

/** Spawns a process that shares our terminal; resolves with its exit code. */
export function spawnInherit(command, args, { env = {}, cwd = ROOT } = {}) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  return { child, exited };
}

/** Runs a TypeScript entry point (api or db) with SWC. */
export function runTs(entry, args = [], options = {}) {
  return spawnInherit(process.execPath, ['-r', TS_REGISTER, join(ROOT, entry), ...args], options);
}
