/**
 * Merging two versions of a free text (an interviewer's notes or summary edited in two places) by
 * sentence: what both have appears once, in order, and what only one has is kept where it was.
 * Nobody's words are lost and a shared sentence is never repeated.
 */

interface Token {
  /** Compared between the two sides: the sentence with its spacing normalised, or "\n" for a line break. */
  key: string;
  text: string;
  newline: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const part of text.split(/(\n+)/)) {
    if (!part) continue;
    if (part.startsWith('\n')) {
      tokens.push({ key: '\n', text: part, newline: true });
      continue;
    }
    for (const sentence of part.split(/(?<=[.!?…])\s+/)) {
      const trimmed = sentence.trim();
      if (trimmed) tokens.push({ key: trimmed.replace(/\s+/g, ' '), text: trimmed, newline: false });
    }
  }
  return tokens;
}

/** The longest common subsequence table of the two token lists, read from the end. */
function lcsTable(a: readonly Token[], b: readonly Token[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i].key === b[j].key ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}

interface Placed {
  token: Token;
  /** Where it stood in theirs and in mine (undefined on the side that does not have it). */
  inTheirs?: number;
  inMine?: number;
}

const ENDS_SENTENCE = /[.!?…]["')\]]*$/;

function render(placed: readonly Placed[], multiline: boolean): string {
  let out = '';
  placed.forEach((current, index) => {
    const previous = placed[index - 1];
    if (previous && !current.token.newline && !previous.token.newline) {
      // Sentences that stood side by side in one text keep their space; sentences from different
      // sides meet on a new line in a text of lines, or after a sentence that does not end.
      const neighbours =
        (previous.inTheirs !== undefined && current.inTheirs === previous.inTheirs + 1) ||
        (previous.inMine !== undefined && current.inMine === previous.inMine + 1);
      out += neighbours || (!multiline && ENDS_SENTENCE.test(previous.token.text)) ? ' ' : '\n';
    }
    out += current.token.text;
  });
  return out;
}

/** Both texts in one: sentences they share once, each side's own sentences where they stood (theirs first). */
export function mergeTexts(theirs: string, mine: string): string {
  if (!theirs.trim()) return mine;
  if (!mine.trim() || theirs.includes(mine)) return theirs;
  if (mine.includes(theirs)) return mine;
  const a = tokenize(theirs);
  const b = tokenize(mine);
  const table = lcsTable(a, b);
  const merged: Placed[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i].key === b[j].key) {
      merged.push({ token: a[i], inTheirs: i++, inMine: j++ });
    } else if (j >= b.length || (i < a.length && table[i + 1][j] >= table[i][j + 1])) {
      merged.push({ token: a[i], inTheirs: i++ });
    } else {
      merged.push({ token: b[j], inMine: j++ });
    }
  }
  const multiline = theirs.includes('\n') || mine.includes('\n');
  return render(merged, multiline);
}
