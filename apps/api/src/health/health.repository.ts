import { rows, sql, type Queryable } from '../common/database/typed-sql';
import type { IAppliedMigrationsQuery, IPingQuery } from './health.repository.types';

const ping = sql<IPingQuery>`SELECT 1 AS "one!"`;

/** Throws when the database does not answer. */
export async function pingDatabase(db: Queryable): Promise<void> {
  await rows(db, ping, undefined);
}

const appliedMigrations = sql<IAppliedMigrationsQuery>`SELECT name FROM schema_migrations`;

/** The names of the applied migrations; throws (42P01) before the first migration made the table. */
export async function migrationNames(db: Queryable): Promise<string[]> {
  return (await rows(db, appliedMigrations, undefined)).map((row) => row.name);
}
