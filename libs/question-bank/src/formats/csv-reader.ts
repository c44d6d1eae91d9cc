import { CsvError, parse } from 'csv-parse/sync';
import { BankParseError } from '../bank-parse-error';

export interface CsvRecord {
  fields: string[];
  /** 1-based line the record starts on (records may span lines inside quotes). */
  line: number;
}

/** The delimiter of the header line: comma, semicolon or tab, whichever it holds most of. */
export function detectDelimiter(text: string): string {
  const header = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
  const counts: [string, number][] = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

/**
 * RFC 4180 through csv-parse (its synchronous, stream-free entry): fields separated by the
 * delimiter, records by CRLF, LF or CR; a field in double quotes may hold delimiters, line breaks
 * and doubled quotes (""). Spaces after a closing quote are tolerated; anything else there, or a
 * quote never closed, is a MALFORMED_CSV error with its line. Rows may have any number of fields:
 * the caller decides what a short or long row means.
 */
export function readCsv(text: string, delimiter = ','): CsvRecord[] {
  let rows: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    rows = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      rtrim: true,
      info: true,
      raw: true,
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  } catch (error) {
    throw toBankParseError(error, text);
  }
  return rows.map(({ record, info, raw }) => {
    // info.lines is the line the record ends on; the raw text tells how many lines it spans.
    const body = raw.replace(/^[\r\n]+/, '').replace(/(?:\r\n|\n|\r)$/, '');
    const spanned = body.match(/\r\n|\n|\r/g)?.length ?? 0;
    return { fields: record, line: info.lines - spanned };
  });
}

function toBankParseError(error: unknown, text: string): unknown {
  if (!(error instanceof CsvError)) return error;
  const details = error as CsvError & { lines?: number; records?: number; raw?: string };
  const line = details.lines;
  const item = details.records ?? 0;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const opened = openingLineOfUnclosedQuote(details, text);
    return new BankParseError('MALFORMED_CSV', `A quoted field opened on line ${opened ?? line} is never closed.`, {
      line: opened ?? line,
      item,
    });
  }
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return new BankParseError(
      'MALFORMED_CSV',
      `Unexpected text after a closing quote on line ${line}: a quote inside a quoted field must be doubled ("").`,
      { line, item },
    );
  }
  return new BankParseError('MALFORMED_CSV', `The CSV file cannot be read near line ${line}: ${error.message}`, { line, item });
}

/** csv-parse reports where the text ran out; the person needs the line the quote opened on. */
function openingLineOfUnclosedQuote(error: { raw?: string }, text: string): number | undefined {
  // The unfinished record runs to the end of the text; its first quote is the one never closed.
  if (!error.raw || !text.endsWith(error.raw)) return undefined;
  const quoteAt = text.length - error.raw.length + Math.max(error.raw.indexOf('"'), 0);
  return (text.slice(0, quoteAt).match(/\r\n|\n|\r/g)?.length ?? 0) + 1;
}
