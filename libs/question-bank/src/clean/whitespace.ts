const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** NFC only changes text with non-ASCII characters; normalizing costs a copy of every answer. */
export const NON_ASCII = /[\u0080-\uffff]/;
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Normalizes whitespace while keeping structure: line breaks, list indentation and everything inside
 * fenced code blocks survive; runs of spaces in prose collapse; more than one blank line collapses.
 */
export function normalizeWhitespace(text: string): string {
  // Most answers have nothing to normalize: finding that out is a scan, not a rebuild.
  if (!NEEDS_NORMALIZING.test(text)) return text;
  const lines = (NON_ASCII.test(text) ? text.normalize('NFC') : text).replace(/\r\n?/g, '\n').replace(INVISIBLES, '').split('\n');
  const out: string[] = [];
  let inFence = false;
  for (const rawLine of lines) {
    // trimEnd, not /\s+$/: that pattern is quadratic on lines with many spaces.
    const line = rawLine.trimEnd();
    const body = line.trimStart();
    const fence = body.startsWith('```') || body.startsWith('~~~');
    if (fence) inFence = !inFence;
    if (inFence || fence) {
      out.push(line);
      continue;
    }
    const indent = line.length === body.length ? '' : (/^[ \t]*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ');
    out.push(indent + (SPACE_RUN.test(body) ? body.replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ') : body));
  }
  // Blank lines collapse to one; leading and trailing line breaks go.
  let start = 0;
  let end = out.length;
  while (start < end && out[start] === '') start++;
  while (end > start && out[end - 1] === '') end--;
  const kept: string[] = [];
  for (let n = start; n < end; n++) if (out[n] !== '' || out[n - 1] !== '') kept.push(out[n]);
  return kept.join('\n');
}

/** Anything the rebuild below would change: tabs, CRs, trailing spaces, extra blank lines, runs of
 *  spaces after text, non-ASCII (NFC, odd and invisible spaces). Indentation alone changes nothing. */
const NEEDS_NORMALIZING = /[\t\r\f\v]|[ ]\n|[ ]$|\n\n\n|^\n|\n$|\S {2}|[\u0080-\uffff]/;

/** A run of two spaces or an odd space: the only lines the collapsing above changes. */
const SPACE_RUN = / {2}|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

/** One line of prose: every whitespace run becomes a single space. */
export function toSingleLine(text: string): string {
  return text.replace(INVISIBLES, '').replace(/\s+/g, ' ').trim();
}
