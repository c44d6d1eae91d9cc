// The web build, skipped when nothing it is made from changed: a hash of its inputs is kept beside
// the build (dist/web/.inputs-sha256) and compared before building again.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputsHash } from './inputs-hash.mjs';
import { ROOT, spawnInherit } from './run.mjs';

export const WEB_DIST = join(ROOT, 'dist', 'web');
const STAMP = join(WEB_DIST, '.inputs-sha256');

/** What the web build reads: its sources and configuration, the libraries it bundles, and the locked dependencies. */
export const WEB_BUILD_INPUTS = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/build',
  'apps/web/index.html',
  'apps/web/vite.config.mts',
  'apps/web/tsconfig.json',
  'libs',
  'tsconfig.base.json',
  'package-lock.json',
];

/** A hash of everything the web build reads (tools/lib/inputs-hash.mjs). */
export function webInputsHash(root = ROOT) {
  return inputsHash(WEB_BUILD_INPUTS, root);
}

/** Builds the web app into dist/web unless the build there was made from exactly these inputs. */
export async function ensureWebBuilt(log) {
  const inputs = webInputsHash();
  const built = existsSync(join(WEB_DIST, 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === inputs;
  if (built) {
    log('The web app is up to date (its inputs did not change since the last build).');
    return;
  }
  log('Building the web app ...');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const code = await spawnInherit(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']).exited;
  if (code !== 0) throw new Error('The web app did not build.');
  writeFileSync(STAMP, `${inputs}\n`);
}
