import { stringify } from 'csv-stringify/sync';

/** Spreadsheets run cells starting with these as formulas; a leading apostrophe keeps them text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null;

function cell(value: CsvCell): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return Math.round(value * 100) / 100;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Rows as CSV that no spreadsheet will run as a formula (numbers to two decimals, null as empty).
 * Cells holding ";" are quoted too: spreadsheets set to a semicolon separator would split them.
 * `bom` starts the file with a UTF-8 byte-order mark, so spreadsheets read accented names right.
 */
export function safeCsv(rows: CsvCell[][], { bom = false }: { bom?: boolean } = {}): string {
  return stringify(
    rows.map((row) => row.map(cell)),
    { bom, quoted_match: ';' },
  );
}
