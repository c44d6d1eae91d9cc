import { decodeUtf8Strict } from '../text/utf8';
import { windows1252Byte } from '../text/windows-1252';

/**
 * Repairs text that went through "UTF-8 bytes read as Windows-1252 / Latin-1", in two passes:
 *
 * 1. Complete sequences (`â€™`, `Ã©`, `Â `) are turned back into bytes and decoded again. A run
 *    only counts when the bytes form valid UTF-8, which ordinary accented text never does.
 * 2. A lone `â` is what is left of a three-byte punctuation mark whose other two bytes were lost
 *    (`itâs`, `logic â validation`). Which mark it was is decided from its neighbours.
 *    French or Portuguese words with a real `â` (château, âge, pâte) match none of these shapes.
 */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  let repaired = text;
  for (let round = 0; round < 3; round++) {
    const next = repairCompleteSequences(repaired);
    if (next === repaired) break;
    repaired = next;
  }
  return repairLoneCircumflexA(repaired);
}

/** True when the text still holds a typical mojibake sequence. */
export function hasMojibake(text: string): boolean {
  return /â|Ã|Â(?=[\s\u0080-\u00bf])/.test(text);
}

function expectedSequenceLength(leadByte: number): number {
  if (leadByte >= 0xc2 && leadByte <= 0xdf) return 2;
  if (leadByte >= 0xe0 && leadByte <= 0xef) return 3;
  if (leadByte >= 0xf0 && leadByte <= 0xf4) return 4;
  return 0;
}

/** Every sequence starts with a character of U+00C2..U+00F4 (lead bytes C2..F4 in Windows-1252). */
const LEAD = /[\u00c2-\u00f4]/g;

function repairCompleteSequences(text: string): string {
  let out = '';
  let i = 0;
  LEAD.lastIndex = 0;
  while (i < text.length) {
    // Copy the plain stretch up to the next possible lead character in one slice.
    LEAD.lastIndex = i;
    const next = LEAD.exec(text);
    if (!next) {
      out += text.slice(i);
      break;
    }
    if (next.index > i) {
      out += text.slice(i, next.index);
      i = next.index;
    }
    const lead = windows1252Byte(text.charCodeAt(i));
    const length = lead === undefined ? 0 : expectedSequenceLength(lead);
    const decoded = length > 0 && lead !== undefined ? decodeSequence(text, i, lead, length) : undefined;
    if (decoded !== undefined) {
      out += decoded;
      i += length;
      continue;
    }
    // `â€�`: the third byte was 0x9D, undefined in Windows-1252 and so decoded as U+FFFD.
    // E2 80 9D is the closing double quote (the other undefined bytes are almost never used).
    if (text.startsWith('â€\ufffd', i)) {
      out += '”';
      i += 3;
      continue;
    }
    // `â€` followed by anything else: the third byte was lost (often 0x9D, which Windows-1252
    // does not define). Leave a lone `â`, whose neighbours decide the mark below.
    if (text.startsWith('â€', i)) {
      out += 'â';
      i += 2;
      continue;
    }
    // `Â` / `Ã` before a plain space: the second byte was A0, shown as a no-break space that a
    // later step turned into a space. C2 A0 is that no-break space itself; C3 A0 is `à`.
    if ((text[i] === 'Â' || text[i] === 'Ã') && text[i + 1] === ' ') {
      out += text[i] === 'Â' ? ' ' : 'à';
      i += 2;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}

function decodeSequence(text: string, start: number, lead: number, length: number): string | undefined {
  const bytes = new Uint8Array(length);
  bytes[0] = lead;
  for (let k = 1; k < length; k++) {
    const byte = windows1252Byte(text.charCodeAt(start + k));
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return undefined;
    bytes[k] = byte;
  }
  const result = decodeUtf8Strict(bytes);
  return result.ok ? result.text : undefined;
}

const isLetter = (char: string | undefined): boolean => !!char && /\p{L}/u.test(char);
const CONTRACTION_AFTER = /^(?:s|t|re|ve|ll|d|m)(?!\p{L})/u;
/** Shapes that only lossy mojibake produces: "itâs", "word â word". */
const UNAMBIGUOUS_LOSS = /\p{L}â(?:s|t|re|ve|ll|d|m)(?!\p{L})|\sâ\s/u;

/**
 * Decides, left to right, what each lone `â` stood for. Opening and closing quotes are paired;
 * an `â` before a lower-case letter (French "âge") is only touched when the text elsewhere shows
 * unambiguous loss.
 */
/** A word-final `â` later on the same line: the closing quote of a quotation opened at `from`. */
function closesLater(text: string, from: number): boolean {
  const lineEnd = text.indexOf('\n', from);
  return /\p{L}â(?=[\s.,;:!?)\]}]|$)/u.test(text.slice(from + 1, lineEnd < 0 ? undefined : lineEnd));
}

function repairLoneCircumflexA(text: string): string {
  if (!text.includes('â')) return text;
  const lossy = UNAMBIGUOUS_LOSS.test(text);
  let out = '';
  let quoteOpen = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== 'â') {
      // Copy up to the next `â` in one slice.
      const at = text.indexOf('â', i);
      const end = at < 0 ? text.length : at;
      out += text.slice(i, end);
      i = end - 1;
      continue;
    }
    const prev = text[i - 1];
    const next = text[i + 1];
    const atWordStart = prev === undefined || /[\s([{]/.test(prev);
    const atWordEnd = next === undefined || /[\s.,;:!?)\]}]/.test(next);
    const wordBefore = /\p{L}*$/u.exec(text.slice(Math.max(0, i - 20), i))?.[0].length ?? 0;
    const wordAfter = /^\p{L}*/u.exec(text.slice(i + 1, i + 21))?.[0].length ?? 0;
    let mark: string | undefined;
    if (isLetter(prev) && CONTRACTION_AFTER.test(text.slice(i + 1, i + 4))) mark = '’';
    else if (atWordStart && /\s/.test(next ?? '')) mark = '—';
    else if (wordBefore >= 4 && wordAfter >= 4) mark = '—';
    else if (atWordStart && next && (/[\p{Lu}\d]/u.test(next) || (lossy && isLetter(next) && closesLater(text, i)))) mark = '“';
    else if (/[.!?,;:]/.test(prev ?? '') && atWordEnd) mark = '”';
    else if (isLetter(prev) && atWordEnd) mark = quoteOpen || prev !== 's' ? '”' : '’';
    if (mark === '“') quoteOpen = true;
    if (mark === '”') quoteOpen = false;
    out += mark ?? 'â';
  }
  return out;
}
