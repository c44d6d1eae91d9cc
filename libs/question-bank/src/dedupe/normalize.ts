import { repairMojibake } from '../clean/mojibake';
import { NON_ASCII } from '../clean/whitespace';

/**
 * The form two prompts are compared in: mojibake repaired, accents, case, apostrophes,
 * punctuation and whitespace folded. "What's  the CAP theorem?" and "whats the cap theorem"
 * normalize to the same text.
 */
export function normalizeForComparison(text: string): string {
  const repaired = repairMojibake(text);
  // ASCII (most prompts) takes the cheaper character class; the result is the same.
  if (!NON_ASCII.test(repaired))
    return repaired
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return repaired
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
