import type { ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Paths the API itself answers: never the web app's. */
const API_PREFIXES = ['/graphql', '/health', '/auth/', '/metrics'];
/** Vite's output under /assets carries a content hash in every name: a changed file is a new URL. */
const HASHED_ASSETS = /[\\/]assets[\\/]/;
/** A request for a file (a script, a stylesheet, an icon...), not for a page of the app. */
const FILE_REQUEST = /\.(js|mjs|css|map|json|ico|png|svg|jpe?g|gif|webp|avif|woff2?|ttf|txt|xml|webmanifest|br|gz)$/i;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the other unhashed files: always revalidated (a cheap 304 thanks to the ETag). */
export const REVALIDATE = 'no-cache';

/**
 * Serves the built web app from the API's origin: the .br or .gz written at build time when the
 * browser accepts it (Vary: Accept-Encoding), hashed assets cached for a year, index.html for the app's
 * own routes, and a 404 for a file that does not exist (never the index page in its place).
 */
export function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const files = expressStaticGzip(webDist, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      // The Cache-Control below is the whole policy; serve-static's own would be max-age=0.
      cacheControl: false,
      setHeaders: (res: ServerResponse, path: string) =>
        void res.setHeader('Cache-Control', HASHED_ASSETS.test(path) ? IMMUTABLE : REVALIDATE),
    },
  }) as (req: Request, res: Response, next: NextFunction) => void;

  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.some((prefix) => req.path.startsWith(prefix))) return next();
    if (FILE_REQUEST.test(req.path) || req.path.startsWith('/assets/')) {
      files(req, res, () => res.status(404).type('text/plain').send('Not found'));
      return;
    }
    if (!req.accepts('html')) return next();
    // Every other path is one of the app's pages: the client-side router renders it.
    req.url = '/index.html';
    files(req, res, next);
  });
}
