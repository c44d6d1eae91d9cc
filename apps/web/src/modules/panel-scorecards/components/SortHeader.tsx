import type { ReactNode } from 'react';
import type { SortKey, SortState } from '../utils/sort-rows';

interface SortHeaderProps {
  sortKey: SortKey;
  /** The column's visible name; the button is called "Sort by <label>". */
  label: string;
  sort: SortState;
  onSort: (key: SortKey) => void;
  className?: string;
  children?: ReactNode;
}

/** A column header whose button sorts by it; aria-sort tells which column is sorted and which way. */
export function SortHeader({ sortKey, label, sort, onSort, className, children }: SortHeaderProps) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" className={className} aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className={`sort-button${active ? ' is-active' : ''}`} onClick={() => onSort(sortKey)}>
        <span className="visually-hidden">Sort by </span>
        {label}
        <span className="sort-button__arrow" aria-hidden="true">
          {active ? (sort.direction === 'descending' ? '▼' : '▲') : '↕'}
        </span>
      </button>
      {children}
    </th>
  );
}
