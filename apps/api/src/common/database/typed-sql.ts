import { sql as parsedSql, type IDatabaseConnection } from '@pgtyped/runtime';

/**
 * What a repository runs its SQL on: the DataSource (the pool) or a transaction's EntityManager.
 * Both answer `query(sql, params)`, so transactions, the pool settings and the statement counts of
 * the tests stay exactly what TypeORM gives.
 */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

interface TypePair {
  params: unknown;
  result: unknown;
}

/** A pgtyped query; what rows/first/execute run. */
export interface TaggedQuery<T extends TypePair> {
  run(params: T['params'], connection: IDatabaseConnection): Promise<Array<T['result']>>;
}

/** The queries not parsed yet, each as the function that parses it (`parseRemainingQueries`). */
const unparsed = new Set<() => void>();

/**
 * pgtyped's `sql` tag (npm run sqltypes finds the queries by this name), parsed on first use rather
 * than when the module loads: the command-line tools load every repository and run a few queries.
 * The API parses them all while it starts (`parseRemainingQueries`): pgtyped's parser costs 2–60 ms a
 * query, which would otherwise land on the first request to use each one.
 */
export function sql<T extends TypePair>(strings: TemplateStringsArray): TaggedQuery<T> {
  let parsed: ReturnType<typeof parsedSql<T>> | undefined;
  const parse = () => {
    parsed ??= parsedSql<T>(strings);
    unparsed.delete(parse);
    return parsed;
  };
  unparsed.add(parse);
  return {
    run(params, connection) {
      return parse().run(params, connection);
    },
  };
}

/**
 * Parses every query of the loaded modules that no request parsed yet, one per turn of the event loop
 * so a request that arrives meanwhile waits for one query's parse at most. Answers how many it parsed.
 */
export async function parseRemainingQueries(): Promise<number> {
  let count = 0;
  for (const parse of [...unparsed]) {
    if (!unparsed.has(parse)) continue;
    parse();
    count += 1;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return count;
}

/** TypeORM answers UPDATE and DELETE with `[rows, affected]`, everything else with the rows. */
function asResult(raw: unknown): { rows: unknown[]; rowCount: number } {
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') {
    return { rows: raw[0] as unknown[], rowCount: raw[1] };
  }
  const rows = Array.isArray(raw) ? raw : [];
  return { rows, rowCount: rows.length };
}

function connection(db: Queryable, counted?: { rowCount: number }): IDatabaseConnection {
  return {
    async query(text: string, bindings: unknown[]) {
      const result = asResult(await db.query(text, bindings));
      if (counted) counted.rowCount = result.rowCount;
      return result;
    },
  };
}

/**
 * Runs a pgtyped query (`sql<IFooQuery>`…``, whose types `npm run sqltypes` generates from the
 * migrated schema) and answers its typed rows.
 */
export function rows<T extends TypePair>(db: Queryable, query: TaggedQuery<T>, params: T['params']): Promise<Array<T['result']>> {
  return query.run(params, connection(db));
}

/** The first row, or undefined. */
export async function first<T extends TypePair>(
  db: Queryable,
  query: TaggedQuery<T>,
  params: T['params'],
): Promise<T['result'] | undefined> {
  return (await query.run(params, connection(db)))[0];
}

/** Runs a statement and answers how many rows it touched (UPDATE, DELETE) or returned. */
export async function execute<T extends TypePair>(db: Queryable, query: TaggedQuery<T>, params: T['params']): Promise<number> {
  const counted = { rowCount: 0 };
  await query.run(params, connection(db, counted));
  return counted.rowCount;
}
