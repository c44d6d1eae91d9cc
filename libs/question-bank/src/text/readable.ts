/**
 * Scraped pages flatten tables and lists onto one line ("| A | B | | 1 | 2 |", "Uses: - x - y").
 * These functions put the line breaks back so the text reads (and renders as Markdown) properly.
 * Text that already has line breaks is left alone.
 */
export function restoreFlattenedStructure(text: string): string {
  if (text.includes('\n')) return text;
  return restoreLetteredList(restoreInlineBullets(restorePipeTables(text)));
}

/** `| h1 | h2 | | a | b | | c | d |` → a Markdown table with a separator row. */
export function restorePipeTables(text: string): string {
  return text
    .replace(/\|(?:[^|\n]*\|){3,}/g, (run) => {
      const cells = run
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim());
      const rows: string[][] = [[]];
      for (const cell of cells) {
        if (cell === '') rows.push([]);
        else rows[rows.length - 1].push(cell);
      }
      const filled = rows.filter((row) => row.length > 0);
      const width = filled[0]?.length ?? 0;
      if (filled.length < 2 || width < 2 || filled.some((row) => row.length !== width)) return run;
      const lines = filled.map((row) => `| ${row.join(' | ')} |`);
      lines.splice(1, 0, `| ${filled[0].map(() => '---').join(' | ')} |`);
      return `\n\n${lines.join('\n')}\n\n`;
    })
    .replace(/^\n+|\n+$/g, '')
    .replace(/ *\n\n */g, '\n\n');
}

/** `Intro: - one - two` → bullets, when at least two items start with ` - ` and a capital. */
export function restoreInlineBullets(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.startsWith('|')) return line;
      const markers = line.match(/(^|\s)- (?=[\p{Lu}@'"‘“(\d.])/gu) ?? [];
      if (markers.length < 2) return line;
      return line
        .replace(/(^|\s)- (?=[\p{Lu}@'"‘“(\d.])/gu, (_m, lead: string) => (lead === '' ? '- ' : '\n- '))
        .replace(/^\n/, '')
        .split('\n')
        .map(splitTrailingLabel)
        .join('\n');
    })
    .join('\n');
}

/** A bullet that ends "... updates. Use Cases:" carries the next section's label: move it out. */
function splitTrailingLabel(bulletLine: string): string {
  if (!bulletLine.startsWith('- ')) return bulletLine;
  return bulletLine.replace(/([.!?)]) ((?:[\p{Lu}][\p{L}\d/&-]*\s?){1,4}:)(?=\s|$)/u, '$1\n\n$2');
}

/** `a. First b. Second c. Third` → one item per line, only when the letters run in order. */
export function restoreLetteredList(text: string): string {
  const positions: number[] = [];
  let searchFrom = 0;
  for (let letter = 'a'.charCodeAt(0); letter <= 'z'.charCodeAt(0); letter++) {
    const pattern = new RegExp(`(^|\\s)${String.fromCharCode(letter)}\\. (?=\\p{Lu})`, 'u');
    const match = pattern.exec(text.slice(searchFrom));
    if (!match) break;
    const at = searchFrom + (match.index ?? 0) + match[1].length;
    positions.push(at);
    searchFrom = at + 3;
  }
  if (positions.length < 2) return text;
  let out = text;
  for (const at of positions.slice().reverse()) {
    if (at === 0) continue;
    out = `${out.slice(0, at).replace(/\s+$/, '')}\n${out.slice(at)}`;
  }
  return out;
}
