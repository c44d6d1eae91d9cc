import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** What every record of a request (audit events, logs) says about where it came from. */
export interface RequestScope {
  requestId: string;
  ipAddress: string | null;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The scope of the request being handled, or null outside one (CLI, jobs). */
export const currentRequestScope = (): RequestScope | null => storage.getStore() ?? null;

/**
 * Express middleware: gives each request an id (echoed as `x-request-id`) and keeps it, with the
 * client's address, for everything that runs on the request's behalf.
 */
export function requestScope(req: Request, res: Response, next: NextFunction): void {
  const requestId = randomUUID();
  res.setHeader('x-request-id', requestId);
  storage.run({ requestId, ipAddress: req.ip ?? null }, next);
}
