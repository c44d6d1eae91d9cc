// The web build, skipped when nothing it is made from changed: a hash of its inputs is kept beside
// the build (dist/web/.inputs-sha256) and compared before building again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A SHA-256 over every input file's path and content (~1 000 files: some tens of milliseconds). */
export function webInputsHash(root = ROOT) {
  const hash = createHash('sha256');
  const files = WEB_BUILD_INPUTS.flatMap((input) => filesUnder(join(root, input)))
    .filter((file) => !file.includes('/node_modules/'))
    .map((file) => relative(root, file))
    .sort();
  for (const file of files) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
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
