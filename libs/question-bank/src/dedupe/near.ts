import type { NearDuplicateSuggestion } from '../model';
import { topicWords, weightedDice } from './topic-words';

/**
 * Chosen on the seed (see README, "Near duplicates"): at 0.55 every pair of the SQL-vs-NoSQL,
 * rate-limiting, idempotency, circuit-breaker and horizontal/vertical-scaling families is suggested,
 * while pairs that only share a broad word ("architecture", "MongoDB") stay below it.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.55;

export interface NearDuplicateCandidate {
  fingerprint: string;
  prompt: string;
}

export interface NearDuplicateResult {
  suggestions: NearDuplicateSuggestion[];
  /** Pairs whose similarity was computed: far fewer than n²/2 thanks to the index. */
  comparisons: number;
}

/**
 * Pairs of prompts whose topic words have IDF-weighted Dice similarity >= threshold. Candidates
 * come from an inverted index (word → prompts), so only prompts sharing a word are compared.
 * Words found in more than 2% of a large bank are left out of the index: sharing only those
 * cannot reach the threshold, since their weight is small next to the words that differ.
 */
export function findNearDuplicates(
  items: NearDuplicateCandidate[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
  /** Items before this index are already known to each other (a bank): only pairs involving a later item are looked for. */
  firstNew = 0,
): NearDuplicateResult {
  const words = items.map((item) => topicWords(item.prompt));
  const postings = new Map<string, number[]>();
  words.forEach((set, index) => {
    for (const word of set) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });
  const weight = (word: string): number => Math.log(1 + items.length / (postings.get(word)?.length ?? 1));
  const maxPostings = Math.max(50, Math.ceil(items.length * 0.02));

  const suggestions: NearDuplicateSuggestion[] = [];
  const seen = new Uint8Array(items.length);
  let comparisons = 0;
  for (let j = firstNew; j < items.length; j++) {
    const candidates: number[] = [];
    for (const word of words[j]) {
      const list = postings.get(word);
      if (!list || list.length > maxPostings) continue;
      for (const i of list) {
        if (i >= j) break;
        if (!seen[i]) {
          seen[i] = 1;
          candidates.push(i);
        }
      }
    }
    for (const i of candidates) {
      seen[i] = 0;
      comparisons++;
      const score = weightedDice(words[i], words[j], weight);
      if (score >= threshold && items[i].fingerprint !== items[j].fingerprint) {
        suggestions.push({ a: items[i].fingerprint, b: items[j].fingerprint, score: Math.round(score * 1000) / 1000 });
      }
    }
  }
  suggestions.sort((x, y) => y.score - x.score);
  return { suggestions, comparisons };
}
