// npm run codegen: print the API's schema (booted on a throwaway database), then generate the web's typed operations.
import { createDisposableDatabase } from './lib/disposable-database.mjs';
import { runTs, spawnInherit } from './lib/run.mjs';

const database = await createDisposableDatabase();
let code;
try {
  code = await runTs('apps/api/src/schema/print-schema.ts', [], { env: { DATABASE_URL: database.url, NODE_ENV: 'test' } }).exited;
} finally {
  await database.drop();
}
if (code === 0) code = await spawnInherit('npx', ['graphql-codegen', '--config', 'apps/web/codegen.ts']).exited;
process.exit(code);
