import { poolSettings } from '@panelist/db';
import { parseRemainingQueries, type Queryable } from '../common/database/typed-sql';
import { pingDatabase } from './health.repository';

/** Connections opened before the API reports ready: what a first page asks at once (`me`, its query and counts). */
export const WARM_CONNECTIONS = 4;

export interface WarmUpReport {
  /** Queries parsed now rather than on a request. */
  queries: number;
  /** Pool connections open at the end (at most WARM_CONNECTIONS, at most the pool's size). */
  connections: number;
  ms: number;
}

/**
 * The work a freshly started API would otherwise do on its first requests, done before readiness
 * says ok (HealthState.warmUp). pgtyped parses each query on its first use: 2–60 ms a query, which put
 * 250–600 ms on the first bank page after a start; every query is parsed here instead, one per turn
 * of the event loop (~1 s of CPU for all of them on a shared 2-vCPU machine). The pool opens its
 * connections one request at a time (20–50 ms each under load), and a page's first queries run side by
 * side: a few are opened here, and close again after the pool's idle timeout like any others.
 */
export async function warmUp(db: Queryable, poolSize: number): Promise<WarmUpReport> {
  const started = performance.now();
  const queries = await parseRemainingQueries();
  const connections = Math.min(WARM_CONNECTIONS, poolSize);
  // Side by side, so the pool opens one connection for each instead of reusing the first.
  await Promise.all(Array.from({ length: connections }, () => pingDatabase(db)));
  return { queries, connections, ms: Math.round(performance.now() - started) };
}

/** warmUp with the pool size the API runs with. */
export function warmUpApi(db: Queryable): Promise<WarmUpReport> {
  return warmUp(db, poolSettings().poolSize);
}
