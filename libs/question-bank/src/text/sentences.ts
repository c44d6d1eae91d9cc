/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'mr', 'mrs', 'ms', 'dr', 'no', 'fig', 'cf', 'al']);

/**
 * Splits prose into sentences at `. ! ?` (optionally followed by a closing quote) + space + a
 * capital, digit or opening quote. Joining the result with single spaces gives back the input.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?])(["”’')\]]?)\s+(?=["“‘([]?[\p{Lu}\d@#*-])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[1].length + match[2].length;
    // The last word only: a regex anchored at the end of a long sentence scans all of it.
    const before = text.slice(Math.max(start, (match.index ?? 0) - 40), match.index ?? 0);
    const lastWord = /([\p{L}.]+)$/u.exec(before.slice(before.lastIndexOf(' ') + 1))?.[1]?.toLowerCase() ?? '';
    if (match[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
