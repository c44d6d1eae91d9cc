// The API compiled once to plain JavaScript (the repository's layout mirrored under dist/api/<name>/),
// so a start loads no compiler: SWC compiling in the process costs ~80 MB of memory and a second of
// CPU at every start. npm start's build is named by the hash of its inputs and never changed once
// made: several starts at once (tests do that) share it or each build their own copy, and a running
// API never sees its files replaced. `npm run build:api` (the container image) writes dist/api/release.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { filesUnder, inputsHash } from './inputs-hash.mjs';
import { ROOT } from './run.mjs';

export const API_DIST = join(ROOT, 'dist', 'api');
/** The fixed build of `npm run build:api`. */
export const API_RELEASE = join(API_DIST, 'release');
/** Within a build: npm start's entry point, and the API's own (production). */
export const START_LOCAL = join('apps', 'api', 'src', 'start-local.js');
export const MAIN = join('apps', 'api', 'src', 'main.js');
/** Builds of other inputs are deleted once this old (a start from an hour ago may still be running on one). */
const STALE_MS = 60 * 60 * 1000;

/** The code the API runs (db holds the migrations and seeds), and what decides how it compiles. */
const SOURCES = ['apps/api/src', 'db', 'libs'];
const API_BUILD_INPUTS = [...SOURCES, 'tsconfig.base.json', 'package-lock.json', 'tools/lib/api-build.mjs'];

/** Tests, fixtures and benchmarks are not part of the running API. */
const compiled = (file) =>
  /\.ts$/.test(file) && !/\.d\.ts$|\.(spec|integration-spec)\.ts$/.test(file) && !/\/(__fixtures__|__tests__|test|bench)\//.test(file);
/** JSON the code imports (db/seeds/demo-users.json) sits beside the compiled code. */
const copied = (file) =>
  file.endsWith('.json') && !/\/(__fixtures__|__tests__|test|bench)\//.test(file) && !/tsconfig|project\.json$/.test(file);

/** SWC with what tsconfig.base.json asks for: decorators with their metadata (Nest reads it), and the @panelist/* paths made relative. */
function swcOptions() {
  const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8'));
  return {
    swcrc: false,
    configFile: false,
    sourceMaps: true,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: ROOT,
      paths: compilerOptions.paths,
    },
    module: { type: 'commonjs' },
  };
}

/** Compiles every source file into `outDir`; answers how many. */
export async function buildApi(outDir = API_RELEASE) {
  const swc = createRequire(join(ROOT, 'package.json'))('@swc/core');
  const options = swcOptions();
  rmSync(outDir, { recursive: true, force: true });
  const files = SOURCES.flatMap((source) => filesUnder(join(ROOT, source))).filter((file) => !file.includes('/node_modules/'));
  const sources = files.filter(compiled);
  await Promise.all(
    sources.map(async (file) => {
      const target = join(outDir, relative(ROOT, file)).replace(/\.ts$/, '.js');
      const { code, map } = await swc.transformFile(file, { ...options, filename: file, outputPath: target });
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
      if (map) writeFileSync(`${target}.map`, map);
    }),
  );
  for (const file of files.filter(copied)) {
    const target = join(outDir, relative(ROOT, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  return sources.length;
}

function removeStaleBuilds(current) {
  for (const name of existsSync(API_DIST) ? readdirSync(API_DIST) : []) {
    const path = join(API_DIST, name);
    if (path === current || path === API_RELEASE) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // another start removed it
    }
  }
}

/** The build of the current inputs (made now unless it exists); answers its folder (START_LOCAL and MAIN are within). */
export async function ensureApiBuilt(log) {
  const build = join(API_DIST, inputsHash(API_BUILD_INPUTS, ROOT).slice(0, 16));
  const entry = join(build, START_LOCAL);
  if (existsSync(entry)) {
    log('The API is up to date (its inputs did not change since the last build).');
    return build;
  }
  const started = performance.now();
  const scratch = `${build}.${process.pid}.tmp`;
  const count = await buildApi(scratch);
  try {
    renameSync(scratch, build);
    log(`Compiled the API (${count} files) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    // A start running at the same time made the same build first: use it.
    rmSync(scratch, { recursive: true, force: true });
    if (!existsSync(entry)) throw error;
  }
  removeStaleBuilds(build);
  return build;
}
