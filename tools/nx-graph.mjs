// The Nx module-boundary lint rule reads the cached project graph; compute it first (no daemon).
import { execFileSync } from 'node:child_process';
execFileSync(process.execPath, ['node_modules/nx/dist/bin/nx.js', 'show', 'projects'], {
  stdio: 'ignore',
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
});
