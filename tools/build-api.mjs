// npm run build:api: the API, db and libs compiled to plain JavaScript in dist/api/release
// (tools/lib/api-build.mjs), for the container image and anyone running the API without a compiler in
// the process: node dist/api/release/db/cli.js migrate, then node dist/api/release/apps/api/src/main.js.
import { relative } from 'node:path';
import { API_RELEASE, buildApi } from './lib/api-build.mjs';
import { ROOT } from './lib/run.mjs';

const started = performance.now();
const count = await buildApi();
console.log(`${relative(ROOT, API_RELEASE)}: ${count} files compiled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
