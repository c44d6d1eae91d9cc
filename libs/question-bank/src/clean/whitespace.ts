const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** NFC only changes text with non-ASCII characters; normalizing costs a copy of every answer. */
export const NON_ASCII = /[\u0080-\uffff]/;
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
/** Whitespace that toSingleLine changes inside the text: a run, or anything but a plain space. */
const WHITESPACE_TO_FOLD = /\s\s|[^\S ]/;

/**
 * Normalizes whitespace while keeping structure: line breaks, list indentation and everything inside
 * fenced code blocks survive; runs of spaces in prose collapse; more than one blank line collapses.
 */
export function normalizeWhitespace(text: string): string {
  // Most answers have nothing to normalize: finding that out is a scan, not a rebuild.
  if (!needsNormalizing(text)) return text;
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
function needsNormalizing(text: string): boolean {
  // One pass over the character codes: an alternation tried at every character costs several times more.
  const length = text.length;
  if (length === 0) return false;
  const last = text.charCodeAt(length - 1);
  if (text.charCodeAt(0) === NEWLINE || last === NEWLINE || last === SPACE) return true;
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0x80 || code === 9 || code === 11 || code === 12 || code === 13) return true;
    if (code === SPACE) {
      if (text.charCodeAt(at + 1) === NEWLINE) return true;
    } else if (code === NEWLINE) {
      if (text.charCodeAt(at + 1) === NEWLINE && text.charCodeAt(at + 2) === NEWLINE) return true;
    } else if (text.charCodeAt(at + 1) === SPACE && text.charCodeAt(at + 2) === SPACE) {
      // Text, then a run of spaces (indentation alone changes nothing).
      return true;
    }
  }
  return false;
}

const NEWLINE = 10;
const SPACE = 32;

/** A run of two spaces or an odd space: the only lines the collapsing above changes. */
const SPACE_RUN = / {2}|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

/** One line of prose: every whitespace run becomes a single space. */
export function toSingleLine(text: string): string {
  // Most prompts are one line with single spaces and nothing invisible: only the ends can change.
  if (!WHITESPACE_TO_FOLD.test(text) && !INVISIBLE.test(text)) return text.trim();
  return text.replace(INVISIBLES, '').replace(/\s+/g, ' ').trim();
}
