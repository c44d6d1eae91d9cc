/**
 * Windows-1252, the encoding most "UTF-8 read as Latin-1" mojibake went through. Bytes 0x80–0x9F
 * map to typographic characters; the five undefined ones map to the C1 control of the same value
 * (as browsers do), so every byte has a character and the mapping can be reversed.
 */
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const BYTE_BY_CODE_POINT = new Map<number, number>();
for (let byte = 0; byte < 256; byte++) BYTE_BY_CODE_POINT.set(windows1252CodePoint(byte), byte);
// Text decoded as ISO-8859-1 rather than Windows-1252 holds the C1 controls themselves.
for (let byte = 0x80; byte <= 0x9f; byte++) BYTE_BY_CODE_POINT.set(byte, byte);

export function windows1252CodePoint(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80] : byte;
}

/** The byte a character came from if the text was decoded as Windows-1252, else undefined. */
export function windows1252Byte(codePoint: number): number | undefined {
  return BYTE_BY_CODE_POINT.get(codePoint);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, windows1252CodePoint));
  }
  return text;
}
