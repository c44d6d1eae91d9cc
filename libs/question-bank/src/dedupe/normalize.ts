import { repairMojibake } from '../clean/mojibake';

/**
 * The form two prompts are compared in: mojibake repaired, accents, case, apostrophes,
 * punctuation and whitespace folded. "What's  the CAP theorem?" and "whats the cap theorem"
 * normalize to the same text.
 */
export function normalizeForComparison(text: string): string {
  return repairMojibake(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
