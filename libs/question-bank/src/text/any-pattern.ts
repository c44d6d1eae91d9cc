/**
 * A test that says whether any of the patterns matches a text, with one scan per set of flags (the
 * patterns with the same flags joined into one alternation) instead of one per pattern: lists of
 * rules that most texts match none of are told apart faster. Patterns are never joined across
 * flags: with `i`, `[^a-z]` matches less, not more. Null when they cannot be joined without changing
 * what they match (global, sticky or multiline patterns, back-references or named groups).
 */
export function anyPattern(patterns: RegExp[]): ((text: string) => boolean) | null {
  if (patterns.some((pattern) => /[gym]/.test(pattern.flags) || /\\[1-9k]|\(\?<[A-Za-z]/.test(pattern.source))) return null;
  const byFlags = new Map<string, string[]>();
  for (const pattern of patterns) byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), `(?:${pattern.source})`]);
  const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  return (text) => joined.some((pattern) => pattern.test(text));
}
