const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Normalizes whitespace while keeping structure: line breaks, list indentation and everything inside
 * fenced code blocks survive; runs of spaces in prose collapse; more than one blank line collapses.
 */
export function normalizeWhitespace(text: string): string {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLES, '').split('\n');
  const out: string[] = [];
  let inFence = false;
  for (const rawLine of lines) {
    const line = rawLine.replace(/\s+$/, '');
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || /^\s*(```|~~~)/.test(line)) {
      out.push(line);
      continue;
    }
    const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ') ?? '';
    out.push(indent + line.trimStart().replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' '));
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** One line of prose: every whitespace run becomes a single space. */
export function toSingleLine(text: string): string {
  return text.replace(INVISIBLES, '').replace(/\s+/g, ' ').trim();
}
