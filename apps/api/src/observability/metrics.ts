import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics (served at /metrics when METRICS_ENABLED=true). One registry per process;
 * recording is cheap and always on, so code records without asking whether metrics are served.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'panelist_' });

export const graphqlRequests = new Counter({
  name: 'panelist_graphql_requests_total',
  help: 'GraphQL operations by name, type and outcome (ok, or the first error code)',
  labelNames: ['operation', 'type', 'outcome'] as const,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: 'panelist_graphql_request_duration_seconds',
  help: 'GraphQL operation latency by name and type',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const graphqlCompiledQueries = new Counter({
  name: 'panelist_graphql_compiled_queries_total',
  help: 'Queries run by their compiled form: answered, or run again by graphql-js because the result held errors',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const eventPublishFailures = new Counter({
  name: 'panelist_event_publish_failures_total',
  help: 'Subscription events that could not be published (the change itself was saved)',
  labelNames: ['trigger'] as const,
  registers: [registry],
});

export const eventLag = new Histogram({
  name: 'panelist_event_delivery_lag_seconds',
  help: 'Time from publishing a subscription event to receiving it (through Redis when REDIS_URL is set)',
  labelNames: ['trigger'] as const,
  buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
  registers: [registry],
});

export const dependencyUp = new Gauge({
  name: 'panelist_dependency_up',
  help: '1 when the dependency answered the last readiness check, else 0',
  labelNames: ['dependency'] as const,
  registers: [registry],
});

interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

let pool: (() => PoolLike | undefined) | undefined;

/** The pg pool whose usage the gauges report (the app's DataSource registers it at start-up). */
export function observePool(source: () => PoolLike | undefined): void {
  pool = source;
}

const poolGauge = (name: string, help: string, read: (p: PoolLike) => number) =>
  new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      const current = pool?.();
      if (current) this.set(read(current));
    },
  });

poolGauge('panelist_db_pool_connections', 'Open connections in the PostgreSQL pool', (p) => p.totalCount);
poolGauge('panelist_db_pool_idle_connections', 'Idle connections in the PostgreSQL pool', (p) => p.idleCount);
poolGauge('panelist_db_pool_waiting_requests', 'Queries waiting for a free connection', (p) => p.waitingCount);
