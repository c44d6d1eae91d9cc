import { normalizeForComparison } from './normalize';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * FNV-1a 64 over the UTF-8 bytes of a string, as 16 hex digits. Pure (no node:crypto) so the web
 * app computes the same fingerprints as the server. Not cryptographic: it only names equal text.
 */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of utf8Bytes(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Equal for prompts that differ only in case, punctuation, whitespace or mojibake. */
export function questionFingerprint(prompt: string, code: string | null = null): string {
  const normalizedCode = code ? normalizeForComparison(code) : '';
  return fnv1a64(normalizedCode ? `${normalizeForComparison(prompt)}\n${normalizedCode}` : normalizeForComparison(prompt));
}

function* utf8Bytes(text: string): Generator<number> {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x80) yield codePoint;
    else if (codePoint < 0x800) {
      yield 0xc0 | (codePoint >> 6);
      yield 0x80 | (codePoint & 0x3f);
    } else if (codePoint < 0x10000) {
      yield 0xe0 | (codePoint >> 12);
      yield 0x80 | ((codePoint >> 6) & 0x3f);
      yield 0x80 | (codePoint & 0x3f);
    } else {
      yield 0xf0 | (codePoint >> 18);
      yield 0x80 | ((codePoint >> 12) & 0x3f);
      yield 0x80 | ((codePoint >> 6) & 0x3f);
      yield 0x80 | (codePoint & 0x3f);
    }
  }
}
