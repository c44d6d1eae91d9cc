// Small numeric helpers shared by the figures; internal, not exported from the library.

/** A present rating: null, undefined and NaN mean "not rated" and are left out of every figure. */
export function isRating(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Values grouped by a key, keeping the order in which keys first appear. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The mean of the present values for each key, keeping first-appearance order; keys with no value are left out. */
export function meanPerKey<T>(
  items: Iterable<T>,
  keyOf: (item: T) => string,
  valueOf: (item: T) => number | null | undefined,
): Map<string, number> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const item of items) {
    const value = valueOf(item);
    if (!isRating(value)) continue;
    const key = keyOf(item);
    const tally = sums.get(key) ?? { sum: 0, count: 0 };
    tally.sum += value;
    tally.count += 1;
    sums.set(key, tally);
  }
  return new Map([...sums].map(([key, { sum, count }]) => [key, sum / count]));
}
