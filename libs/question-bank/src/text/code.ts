/**
 * Whether a run of text is source code rather than prose. Scraped pages flatten code onto one
 * line, so this looks for the punctuation and keywords code is made of, not for line structure.
 */
export function looksLikeCode(text: string): boolean {
  return codeScore(text) >= 3;
}

export function codeScore(text: string): number {
  let score = 0;
  if (/\b(def|function|const|let|var|return|import|require|class|public|static|void|lambda|elif)\b\s*[\w({]/.test(text)) score += 2;
  if (/=>|===|!==|==|\+\+|&&|\|\||::|->/.test(text)) score += 1;
  if (/[;{}]/.test(text)) score += 1;
  if (/\w+\.\w+\(/.test(text)) score += 1;
  if (/\w\([^)]*\)\s*[{:;]?/.test(text) && /[=;{}]/.test(text)) score += 1;
  if (/^\s*@\w+/.test(text)) score += 2; // decorators (@app.route) open many snippets
  if (/\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*\b(FROM|INTO|SET|WHERE)\b/.test(text)) score += 2;
  if (/^\s*[\w.]+\s*=\s*["'\w]/.test(text) && /["+;]/.test(text)) score += 1;
  const words = text.split(/\s+/).filter(Boolean);
  const symbolRatio = (text.match(/[{}()[\];=<>]/g)?.length ?? 0) / Math.max(words.length, 1);
  if (symbolRatio > 0.5) score += 1;
  return score;
}
