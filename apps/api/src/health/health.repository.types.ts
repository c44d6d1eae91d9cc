/** Types generated for queries found in "apps/api/src/health/health.repository.ts" */

/** 'Ping' parameters type */
export type IPingParams = void;

/** 'Ping' return type */
export interface IPingResult {
  one: number;
}

/** 'Ping' query type */
export interface IPingQuery {
  params: IPingParams;
  result: IPingResult;
}

/** 'AppliedMigrations' parameters type */
export type IAppliedMigrationsParams = void;

/** 'AppliedMigrations' return type */
export interface IAppliedMigrationsResult {
  name: string;
}

/** 'AppliedMigrations' query type */
export interface IAppliedMigrationsQuery {
  params: IAppliedMigrationsParams;
  result: IAppliedMigrationsResult;
}

