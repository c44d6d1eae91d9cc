// npm run sqltypes: generate the row and parameter types of every repository's SQL
// (apps/api/src/**/*.repository.ts → *.repository.types.ts) with pgtyped, against a freshly migrated
// throwaway database. `--check` generates into a temporary folder instead and fails when a committed
// types file differs (the integration tests run it against their own migrated database).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createDisposableDatabase } from './lib/disposable-database.mjs';
import { ROOT, spawnInherit } from './lib/run.mjs';

const CONFIG = join(ROOT, 'apps', 'api', 'pgtyped.config.json');
const SOURCES = join(ROOT, 'apps', 'api', 'src');
const check = process.argv.includes('--check');

function typesFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.repository.types.ts'))
    .map((file) => join(dir, file));
}

async function generate(url, outDir) {
  let config = CONFIG;
  if (outDir) {
    const settings = JSON.parse(readFileSync(CONFIG, 'utf8'));
    settings.transforms = settings.transforms.map((transform) => ({ ...transform, emitTemplate: `${outDir}/{{dir}}/{{name}}.types.ts` }));
    config = join(outDir, 'pgtyped.config.json');
    writeFileSync(config, JSON.stringify(settings));
  }
  // pgtyped reads options from the environment too (yargs .env()): pass only what it needs.
  for (const name of ['CONFIG', 'FILE', 'WATCH', 'URI']) delete process.env[name];
  const env = { DATABASE_URL: url, PGURI: url };
  return spawnInherit(process.execPath, [join(ROOT, 'node_modules', '@pgtyped', 'cli', 'lib', 'index.js'), '-c', config, '--uri', url], {
    env,
  }).exited;
}

async function main() {
  const provided = check && process.env.DATABASE_URL;
  const database = provided ? { url: process.env.DATABASE_URL, drop: async () => {} } : await createDisposableDatabase();
  const outDir = check ? mkdtempSync(join(tmpdir(), 'panelist-sqltypes-')) : null;
  try {
    const code = await generate(database.url, outDir);
    if (code !== 0) return code;
    if (!outDir) return 0;
    const fresh = new Map(typesFiles(outDir).map((file) => [file.slice(file.indexOf('apps/api/src/') + 'apps/api/src/'.length), file]));
    const committed = typesFiles(SOURCES).map((file) => relative(SOURCES, file));
    const stale = [];
    for (const [path, file] of fresh) {
      const target = join(SOURCES, path);
      if (!existsSync(target) || readFileSync(target, 'utf8') !== readFileSync(file, 'utf8')) stale.push(`apps/api/src/${path}`);
    }
    for (const path of committed) if (!fresh.has(path)) stale.push(`apps/api/src/${path} (no repository generates it any more)`);
    if (stale.length === 0) return 0;
    console.error(`sqltypes: out of date, run npm run sqltypes:\n  ${stale.join('\n  ')}`);
    return 1;
  } finally {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
    await database.drop();
  }
}

process.exit(await main());
