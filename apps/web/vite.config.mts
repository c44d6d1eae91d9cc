import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompress } from './build/precompress.mts';
import { routePreload } from './build/route-preload.mts';
import { appChunks } from './build/app-chunks.mts';
import { splitGraphqlDocuments } from './build/split-graphql-documents.mts';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = resolve(root, '../..');

const APP_MODULE = /[\\/](apps[\\/]web[\\/]src|libs)[\\/]|^\0panelist-document:/;

export default defineConfig(({ command }) => {
  const chunks = appChunks({
    first: resolve(root, 'src/main.tsx'),
    signIn: resolve(root, 'src/pages/auth/LoginPage.tsx'),
    signedIn: resolve(root, 'src/app/SignedInFrames.tsx'),
    follow: (id) => APP_MODULE.test(id),
  });
  return {
    root,
    plugins: [
      react(),
      chunks.plugin,
      splitGraphqlDocuments(resolve(root, 'src/generated/graphql.ts')),
      // Every page but sign-in renders inside the signed-in app (app/routes.tsx).
      routePreload({
        routes: resolve(root, 'src/app/routes.tsx'),
        runtime: resolve(root, 'src/app/route-preload.ts'),
        everywhereBut: { module: resolve(root, 'src/app/SignedInFrames.tsx'), paths: ['/login'] },
        documents: resolve(root, 'src/generated/graphql.ts'),
        viewerOperation: 'Me',
      }),
      precompress(),
    ],
    resolve: {
      // rxjs (under Apollo Client) exports an ES2015 build under this condition, else ES5 with tslib
      // helpers: 1.7 kB gzip less, and every browser the app supports runs ES2015.
      conditions: ['es2015', ...defaultClientConditions],
      alias: {
        // React Router's package exports name only its development build (remix-run/react-router#12532,
        // #14753): in a bundle that is ~93 kB of dev-only warnings and checks. Its production build sits beside it.
        ...(command === 'build' ? { 'react-router': resolve(workspace, 'node_modules/react-router/dist/production/index.mjs') } : {}),
        '@panelist/roles': resolve(workspace, 'libs/roles/src/index.ts'),
        '@panelist/errors': resolve(workspace, 'libs/errors/src/index.ts'),
        '@panelist/kits': resolve(workspace, 'libs/kits/src/index.ts'),
        '@panelist/scoring': resolve(workspace, 'libs/scoring/src/index.ts'),
        '@panelist/scorecards': resolve(workspace, 'libs/scorecards/src/index.ts'),
        '@panelist/autosave': resolve(workspace, 'libs/autosave/src/index.ts'),
      },
    },
    build: {
      outDir: resolve(workspace, 'dist/web'),
      emptyOutDir: true,
      sourcemap: true,
      // Browsers preload modules themselves (Chromium 66+, Firefox 115+, Safari 17+); in an older one a
      // preload is skipped and the module loads when imported, so the polyfill only cost every page ~0.3 kB.
      modulePreload: { polyfill: false },
      // Each area of the app is a chunk of its own, loaded on its first visit (app/routes.tsx), and the
      // charts load later still. What every page needs is split by how often it changes: the framework
      // libraries change only on upgrades, so browsers keep them cached across releases.
      rolldownOptions: {
        // The app's own modules do nothing on import but declare things (the barrels, index.ts, import
        // their module's stylesheet): a page that takes one export from a feature's index then gets that
        // export and what it uses, not the whole feature, in its chunk.
        treeshake: {
          moduleSideEffects: (id: string) =>
            /[\\/](apps[\\/]web[\\/]src|libs)[\\/].*\.tsx?$/.test(id) && !/[\\/](main\.tsx|index\.ts)$/.test(id) ? false : undefined,
        },
        output: {
          codeSplitting: {
            groups: [
              ...chunks.groups,
              { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 2 },
              {
                name: 'vendor-apollo',
                // Not the subscription link (loaded with graphql-ws on a first subscription) nor the hook
                // (one page subscribes): every page past sign-in loads this chunk.
                test: (id: string) =>
                  /node_modules[\\/](@apollo[\\/]client|graphql|rxjs|optimism|@wry[\\/][^\\/]+|tslib)[\\/]/.test(id) &&
                  !/[\\/]@apollo[\\/]client[\\/](link[\\/]subscriptions|react[\\/]hooks[\\/]useSubscription)[\\/.]/.test(id),
                priority: 1,
              },
            ],
          },
        },
      },
      // The largest chunk is the charts library (~355 kB, analytics and comparison only); the largest
      // one every page loads is React (~310 kB). A chunk over 500 kB means something grew: look at it.
      chunkSizeWarningLimit: 500,
    },
    server: {
      port: 4200,
      // ws: subscriptions (graphql-ws) share the /graphql path with queries and mutations.
      proxy: { '/graphql': { target: 'http://localhost:3000', ws: true }, '/health': 'http://localhost:3000' },
    },
  };
});
