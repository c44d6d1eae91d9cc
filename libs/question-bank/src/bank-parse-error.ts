export const BANK_PARSE_ERROR_CODES = [
  'EMPTY',
  'BINARY',
  'TOO_LARGE',
  'ENCODING',
  'UNKNOWN_FORMAT',
  'MISSING_COLUMNS',
  'MALFORMED_CSV',
  'MALFORMED_JSON',
  'INVALID_QUESTION',
  'UNSUPPORTED_VERSION',
] as const;
export type BankParseErrorCode = (typeof BANK_PARSE_ERROR_CODES)[number];

export interface BankParseErrorDetails {
  /** 1-based line in the file. */
  line?: number;
  column?: number;
  /** 1-based question / row number the problem is in. */
  item?: number;
}

/** A file the importer cannot read at all. The message is written for the person importing. */
export class BankParseError extends Error {
  readonly code: BankParseErrorCode;
  readonly line?: number;
  readonly column?: number;
  readonly item?: number;

  constructor(code: BankParseErrorCode, message: string, details: BankParseErrorDetails = {}) {
    super(message);
    this.name = 'BankParseError';
    this.code = code;
    if (details.line !== undefined) this.line = details.line;
    if (details.column !== undefined) this.column = details.column;
    if (details.item !== undefined) this.item = details.item;
  }
}

export function isBankParseError(value: unknown): value is BankParseError {
  return value instanceof BankParseError;
}
