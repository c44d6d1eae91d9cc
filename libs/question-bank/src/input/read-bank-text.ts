import { BankParseError } from '../bank-parse-error';
import { decodeUtf8Strict, utf8ByteLength } from '../text/utf8';
import { decodeWindows1252 } from '../text/windows-1252';

export const MAX_BANK_BYTES = 20 * 1024 * 1024;

/** Signatures of the binary files people most often upload by mistake. */
const MAGIC_NUMBERS: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (Word and Excel files are ZIP archives)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office document (.doc / .xls)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
];

const EXPORT_HINT = 'Export the questions as Markdown, CSV or JSON and import that file instead.';

/** Turns the uploaded content into text, or explains why it is not a text file we can read. */
export function readBankText(content: string | Uint8Array, encoding: 'utf-8' | 'windows-1252' = 'utf-8'): string {
  const text = typeof content === 'string' ? checkString(content) : decodeBytes(content, encoding);
  if (text.trim() === '') {
    throw new BankParseError('EMPTY', 'The file is empty: it contains no questions.');
  }
  return text;
}

function checkString(content: string): string {
  const fitsForSure = content.length * 3 <= MAX_BANK_BYTES;
  if (!fitsForSure) assertSize(content.length > MAX_BANK_BYTES ? content.length : utf8ByteLength(content));
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw binaryError('it contains NUL characters', lineAt(text, nul));
  return text;
}

function decodeBytes(bytes: Uint8Array, encoding: 'utf-8' | 'windows-1252'): string {
  assertSize(bytes.length);
  for (const magic of MAGIC_NUMBERS) {
    if (magic.bytes.every((byte, i) => bytes[i] === byte)) {
      throw new BankParseError('BINARY', `This looks like ${magic.what}, not a text file. ${EXPORT_HINT}`);
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false);

  const sniffLength = Math.min(bytes.length, 8000);
  for (let i = 0; i < sniffLength; i++) {
    if (bytes[i] === 0) {
      throw binaryError('it contains NUL bytes (or it is UTF-16 text without a byte-order mark)', lineOfByte(bytes, i));
    }
  }
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const fast = decodeWithPlatform(hasBom ? bytes.subarray(3) : bytes);
  if (fast !== null) return fast;
  const decoded = decodeUtf8Strict(bytes, hasBom ? 3 : 0);
  if (decoded.ok) return decoded.text;
  const line = lineOfByte(bytes, decoded.offset);
  throw new BankParseError(
    'ENCODING',
    `The file is not valid UTF-8: byte 0x${bytes[decoded.offset].toString(16).padStart(2, '0')} at line ${line} ` +
      `cannot be decoded. Save the file as UTF-8, or import it with the Windows-1252 (Latin-1) encoding.`,
    { line },
  );
}

interface PlatformDecoder {
  decode(bytes: Uint8Array): string;
}

/**
 * The platform's strict UTF-8 decoder (browsers and Node have one), many times faster on large
 * files; null when it is missing or the bytes are invalid, so our decoder can say where.
 */
function decodeWithPlatform(bytes: Uint8Array): string | null {
  const Decoder = (globalThis as { TextDecoder?: new (label: string, options: { fatal: boolean }) => PlatformDecoder }).TextDecoder;
  if (!Decoder) return null;
  try {
    return new Decoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    units.push(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return checkString(text);
}

function assertSize(byteCount: number): void {
  if (byteCount > MAX_BANK_BYTES) {
    const megabytes = (byteCount / (1024 * 1024)).toFixed(1);
    throw new BankParseError('TOO_LARGE', `The file is ${megabytes} MB; the largest bank we import is 20 MB. Split it into smaller files.`);
  }
}

function binaryError(why: string, line: number): BankParseError {
  return new BankParseError('BINARY', `This is not a text file: ${why} (line ${line}). ${EXPORT_HINT}`, {
    line,
  });
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}
