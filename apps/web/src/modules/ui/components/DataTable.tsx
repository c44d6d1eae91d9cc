import type { ReactNode } from 'react';

interface DataTableProps<Row> {
  /** Read by screen readers only. */
  caption: string;
  /** The column headings, in order. */
  columns: readonly string[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** One row's cells (`<td>`, or `<th scope="row">` for the cell that names the row). */
  cells: (row: Row) => ReactNode;
  /** Modifier classes after `table`, e.g. `table--compact`. */
  variant?: string;
  /** Attributes for a row, e.g. test ids. */
  rowProps?: (row: Row) => Record<`data-${string}`, string>;
  testId?: string;
}

/** A table of records: a hidden caption, one heading per column and one row per record. */
export function DataTable<Row>({ caption, columns, rows, rowKey, cells, variant, rowProps, testId }: DataTableProps<Row>) {
  return (
    <table className={variant ? `table ${variant}` : 'table'} data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>
            {cells(row)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
