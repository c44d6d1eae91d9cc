import type { ComparisonRow } from './comparison-types';

/** What the comparison can be sorted by: a composite, or one competency's mean. */
export type SortKey = 'composite' | 'calibrated' | `competency:${string}`;
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** Highest composite first: the order a debrief usually starts from. */
export const DEFAULT_SORT: SortState = { key: 'composite', direction: 'descending' };

export function competencySortKey(competency: string): SortKey {
  return `competency:${competency}`;
}

/** The number a row is sorted by; null when it is hidden from the viewer or nobody rated it. */
export function sortValue(row: ComparisonRow, key: SortKey): number | null {
  if (!row.visible) return null;
  if (key === 'composite') return row.rawComposite.score ?? null;
  if (key === 'calibrated') return row.calibratedComposite.score ?? null;
  const competency = key.slice('competency:'.length);
  return row.competencies.find((summary) => summary.competency === competency)?.mean ?? null;
}

/** Rows in the chosen order; rows without a figure always go last, ties by candidate name. */
export function sortRows(rows: readonly ComparisonRow[], { key, direction }: SortState): ComparisonRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = sortValue(a, key);
    const right = sortValue(b, key);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else if (left !== right) {
      return (left - right) * sign;
    }
    return a.candidate.name.localeCompare(b.candidate.name);
  });
}

/** Clicking the sorted column flips it; another column starts with the highest first. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: 'descending' };
  return { key, direction: current.direction === 'descending' ? 'ascending' : 'descending' };
}
