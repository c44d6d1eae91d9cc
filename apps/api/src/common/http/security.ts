import { PayloadTooLargeException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type DocumentNode, Kind, OperationTypeNode, parse } from 'graphql';
import helmet from 'helmet';
import { SESSION_COOKIE } from '../../auth/session-cookie';
import { sessionTokenVerifier } from '../../auth/session-token';
import type { AppConfig } from '../../config/app-config';

/** Every request body but a bank file: the largest screen sends a few kilobytes. */
export const BODY_LIMIT_BYTES = 100 * 1024;
/** A bank file of up to 20 MB, base64-encoded, with the rest of the request. */
export const BANK_IMPORT_BODY_LIMIT_BYTES = 30 * 1024 * 1024;
/** The only operation that carries a file. */
const FILE_OPERATIONS = new Set(['previewBankImport']);

/**
 * Security headers for the API and the built web app it serves: a CSP the web app passes (its
 * scripts and styles are files of its own origin; React sets styles through the DOM, which CSP allows),
 * no framing, no sniffing, HSTS only behind HTTPS, and no x-powered-by.
 */
export function securityHeaders(config: Pick<AppConfig, 'publicUrl' | 'secureCookies'>) {
  const origin = new URL(config.publicUrl);
  // graphql-ws connects to the page's own host; 'self' covers ws: there in current browsers, the
  // explicit origin covers the rest.
  const webSocketOrigin = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", webSocketOrigin],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    // HSTS only where the site is served over HTTPS: on plain http it would lock a browser out.
    strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
}

/** A request that is over the limit for what it is; the error filter answers it with 413, as it does body-parser's own. */
function tooLarge(): PayloadTooLargeException {
  return new PayloadTooLargeException('request entity too large');
}

/** The top-level fields of the operation a GraphQL body runs, or null when it does not parse. */
function topLevelFields(body: unknown): string[] | null {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return null;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: 2_000 });
  } catch {
    return null;
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.length === 1 ? operations[0] : operations.find((candidate) => candidate.name?.value === operationName);
  if (!operation || operation.operation !== OperationTypeNode.MUTATION) return null;
  return operation.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : ''));
}

/**
 * JSON bodies of at most 100 kB, except a bank import: a signed-in caller (valid session token, checked
 * without the database) may post up to 30 MB to /graphql, and a body over 100 kB must then be a
 * mutation of previewBankImport alone. Anything else over the limit is answered 413 before it is read
 * further, so no signed-out caller can make the API buffer megabytes.
 */
export function bodyLimits(config: Pick<AppConfig, 'jwtSecret' | 'publicUrl'>) {
  const small = express.json({ limit: BODY_LIMIT_BYTES });
  const large = express.json({ limit: BANK_IMPORT_BODY_LIMIT_BYTES });
  const verifyToken = sessionTokenVerifier(config);
  const signedIn = (req: Request): boolean => {
    const token = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    return token ? verifyToken(token) !== null : false;
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' || req.path !== '/graphql' || !signedIn(req)) {
      small(req, res, next);
      return;
    }
    large(req, res, (error?: unknown) => {
      if (error) return next(error);
      const length = Number(req.headers['content-length'] ?? 0) || Buffer.byteLength(JSON.stringify(req.body ?? null));
      if (length <= BODY_LIMIT_BYTES) return next();
      const fields = topLevelFields(req.body);
      if (fields && fields.length > 0 && fields.every((field) => FILE_OPERATIONS.has(field))) return next();
      next(tooLarge());
    });
  };
}

/** Headers and body limits, before anything else reads the request. */
export function applyHttpSecurity(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  // API answers hold people's data: no cache keeps them, and none is revalidated (no ETag to hash).
  app.set('etag', false);
  app.use('/graphql', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(securityHeaders(config));
  app.use(bodyLimits(config));
}
