import DataLoader from 'dataloader';

/**
 * One set of DataLoaders per GraphQL request: field resolvers that would run a query per parent
 * (N+1) batch into one query per field instead. Created in the GraphQL context factory.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}

/** Rows grouped by key, each group in row order. */
export function groupRows<K, R>(rows: readonly R[], keyOf: (row: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Groups rows by key in the order DataLoader asked for, with an empty list for keys without rows. */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = groupRows(rows, keyOf);
  return keys.map((key) => groups.get(key) ?? []);
}

/** One row per key in the order DataLoader asked for, looked up by id. */
export function rowsByIds<R extends { id: string }>(ids: readonly string[], rows: readonly R[]): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) as R);
}
