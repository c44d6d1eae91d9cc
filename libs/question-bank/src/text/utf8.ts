/**
 * A small strict UTF-8 decoder (no TextDecoder: the core must run anywhere without DOM or Node
 * typings). Rejects overlong forms, surrogates and truncated sequences, and says where.
 */
export type Utf8DecodeResult = { ok: true; text: string } | { ok: false; offset: number };

export function decodeUtf8Strict(bytes: Uint8Array, start = 0): Utf8DecodeResult {
  const parts: string[] = [];
  let codeUnits: number[] = [];
  let i = start;
  while (i < bytes.length) {
    const first = bytes[i];
    let codePoint: number;
    let length: number;
    if (first < 0x80) {
      codePoint = first;
      length = 1;
    } else if (first >= 0xc2 && first <= 0xdf) {
      codePoint = first & 0x1f;
      length = 2;
    } else if (first >= 0xe0 && first <= 0xef) {
      codePoint = first & 0x0f;
      length = 3;
    } else if (first >= 0xf0 && first <= 0xf4) {
      codePoint = first & 0x07;
      length = 4;
    } else {
      return { ok: false, offset: i };
    }
    if (i + length > bytes.length) return { ok: false, offset: i };
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) return { ok: false, offset: i };
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    const overlong = (length === 3 && codePoint < 0x800) || (length === 4 && codePoint < 0x10000);
    const surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
    if (overlong || surrogate || codePoint > 0x10ffff) return { ok: false, offset: i };
    if (codePoint >= 0x10000) {
      const shifted = codePoint - 0x10000;
      codeUnits.push(0xd800 + (shifted >> 10), 0xdc00 + (shifted & 0x3ff));
    } else {
      codeUnits.push(codePoint);
    }
    i += length;
    if (codeUnits.length >= 8192) {
      parts.push(String.fromCharCode(...codeUnits));
      codeUnits = [];
    }
  }
  parts.push(String.fromCharCode(...codeUnits));
  return { ok: true, text: parts.join('') };
}

/** Bytes the string takes in UTF-8, without allocating it. */
export function utf8ByteLength(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) total += 1;
    else if (unit < 0x800) total += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      total += 4;
      i++;
    } else total += 3;
  }
  return total;
}
