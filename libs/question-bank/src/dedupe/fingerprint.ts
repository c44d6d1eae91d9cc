import { normalizeForComparison } from './normalize';

/**
 * FNV-1a 64 over the UTF-8 bytes of a string, as 16 hex digits. Pure (no node:crypto) so the web
 * app computes the same fingerprints as the server. Not cryptographic: it only names equal text.
 * The 64-bit state is kept in four 16-bit limbs: BigInt arithmetic per byte was the import's hot spot.
 */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325, low limb first
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const step = (byte: number) => {
    h0 ^= byte;
    // h * 0x100000001b3 = h * 0x1b3 + (h << 40), modulo 2^64
    let t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    let t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    t0 &= 0xffff;
    t2 += t1 >>> 16;
    t1 &= 0xffff;
    t3 += t2 >>> 16;
    t2 &= 0xffff;
    h0 = t0;
    h1 = t1;
    h2 = t2;
    h3 = t3 & 0xffff;
  };
  for (let i = 0; i < text.length; i++) {
    let codePoint = text.charCodeAt(i);
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (codePoint < 0x80) step(codePoint);
    else if (codePoint < 0x800) {
      step(0xc0 | (codePoint >> 6));
      step(0x80 | (codePoint & 0x3f));
    } else if (codePoint < 0x10000) {
      step(0xe0 | (codePoint >> 12));
      step(0x80 | ((codePoint >> 6) & 0x3f));
      step(0x80 | (codePoint & 0x3f));
    } else {
      step(0xf0 | (codePoint >> 18));
      step(0x80 | ((codePoint >> 12) & 0x3f));
      step(0x80 | ((codePoint >> 6) & 0x3f));
      step(0x80 | (codePoint & 0x3f));
    }
  }
  const hex = (limb: number) => limb.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** Equal for prompts that differ only in case, punctuation, whitespace or mojibake. */
export function questionFingerprint(prompt: string, code: string | null = null): string {
  const normalizedCode = code ? normalizeForComparison(code) : '';
  return fnv1a64(normalizedCode ? `${normalizeForComparison(prompt)}\n${normalizedCode}` : normalizeForComparison(prompt));
}
