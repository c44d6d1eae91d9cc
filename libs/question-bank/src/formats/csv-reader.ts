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
 * RFC 4180: fields separated by the delimiter, records by CRLF or LF; a field in double quotes may
 * hold delimiters, line breaks and doubled quotes (""). Spaces after a closing quote are tolerated;
 * anything else there, or a quote never closed, is an error with its line.
 */
export function readCsv(text: string, delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endField = (): void => {
    fields.push(field);
    field = '';
    quoted = false;
  };
  const endRecord = (): void => {
    const blankLine = fields.length === 0 && field === '' && !quoted;
    endField();
    if (!blankLine) records.push({ fields, line: recordLine });
    fields = [];
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field === '' && !quoted) {
      const openedAt = line;
      quoted = true;
      i++;
      for (;;) {
        if (i >= text.length) {
          throw new BankParseError('MALFORMED_CSV', `A quoted field opened on line ${openedAt} is never closed.`, { line: openedAt, item: records.length });
        }
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (text[i] === '\n') line++;
        field += text[i];
        i++;
      }
      while (text[i] === ' ' || text[i] === '\t') i++;
      if (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
        throw new BankParseError(
          'MALFORMED_CSV',
          `Unexpected text after a closing quote on line ${line}: a quote inside a quoted field must be doubled ("").`,
          { line, item: records.length },
        );
      }
      continue;
    }
    if (char === delimiter) {
      endField();
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += char;
    i++;
  }
  if (field !== '' || quoted || fields.length > 0) endRecord();
  return records;
}
