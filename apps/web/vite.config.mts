import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = resolve(root, '../..');

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@panelist/roles': resolve(workspace, 'libs/roles/src/index.ts'),
      '@panelist/errors': resolve(workspace, 'libs/errors/src/index.ts'),
      '@panelist/kits': resolve(workspace, 'libs/kits/src/index.ts'),
      '@panelist/scoring': resolve(workspace, 'libs/scoring/src/index.ts'),
      '@panelist/scorecards': resolve(workspace, 'libs/scorecards/src/index.ts'),
    },
  },
  build: {
    outDir: resolve(workspace, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    // One ~160 kB (gzip) bundle: React, Apollo Client and the router make up most of it.
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 4200,
    // ws: subscriptions (graphql-ws) share the /graphql path with queries and mutations.
    proxy: { '/graphql': { target: 'http://localhost:3000', ws: true }, '/health': 'http://localhost:3000' },
  },
});
