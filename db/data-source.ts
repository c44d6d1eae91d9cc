import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

export interface PoolSettings {
  /** Connections per process (DATABASE_POOL_SIZE, default 10). */
  poolSize: number;
  /** A connection attempt that gets no answer fails after this long (DATABASE_CONNECT_TIMEOUT_MS, default 5 s). */
  connectTimeoutMs: number;
  /** PostgreSQL cancels a statement running longer (DATABASE_STATEMENT_TIMEOUT_MS, default 30 s; 0 = none). */
  statementTimeoutMs: number;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new Error(`${name} must be a whole number of at least ${min}; got "${value}".`);
  return Number(value);
}

/** The pool settings from the environment, validated (a bad value stops the start with the variable's name). */
export function poolSettings(env: NodeJS.ProcessEnv = process.env): PoolSettings {
  return {
    poolSize: whole(env, 'DATABASE_POOL_SIZE', 10, 1),
    connectTimeoutMs: whole(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5_000, 100),
    statementTimeoutMs: whole(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 0),
  };
}

/**
 * The one place that says how Panelist talks to PostgreSQL. Schema changes only ever come from the
 * migrations listed here: never `synchronize`.
 *
 * Every wait is bounded: connecting (connectionTimeoutMillis), a statement on the server
 * (statement_timeout), a transaction left open (idle_in_transaction_session_timeout), and an answer
 * that never comes (query_timeout, on the client, for a server that accepts connections and then
 * stays silent). keepAlive notices connections that a firewall or failover dropped.
 */
export function dataSourceOptions(url: string, overrides: Partial<PoolSettings> = {}): DataSourceOptions {
  const settings = { ...poolSettings(), ...overrides };
  const statementTimeout = settings.statementTimeoutMs;
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    applicationName: 'panelist',
    extra: {
      max: settings.poolSize,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      // pg's default: connections opened for a burst close 10 s after it, so a quiet API holds few.
      idleTimeoutMillis: 10_000,
      statement_timeout: statementTimeout,
      idle_in_transaction_session_timeout: 60_000,
      ...(statementTimeout > 0 ? { query_timeout: statementTimeout + settings.connectTimeoutMs } : {}),
    },
  };
}

export function createDataSource(url: string, overrides: Partial<PoolSettings> = {}): DataSource {
  return new DataSource(dataSourceOptions(url, overrides));
}

/** The key of the session-level advisory lock that one migrating process at a time holds. */
export const MIGRATION_LOCK_KEY = 7_266_001;

/**
 * Applies the pending migrations while holding a PostgreSQL advisory lock, so processes that start
 * together (replicas, a migrate job) apply them one after another: the second finds nothing to do.
 */
export async function migrateUnderLock(dataSource: DataSource, before?: () => Promise<void>): Promise<number> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await before?.();
      return (await dataSource.runMigrations({ transaction: 'each' })).length;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
