import { normalizeForComparison } from './normalize';

/**
 * Words that say how a question is asked, or that every question of a developer bank shares,
 * rather than what it is about. Two prompts are near duplicates when their remaining topic words
 * match, so "How do you implement rate limiting in your APIs?" and "How do you implement rate
 * limiting and why is it important?" meet on {rate, limit, api}.
 */
const PHRASING_WORDS = new Set(
  `a an the and or of to in on for with without is are was were be been being it its this that these those
   what whats which who whom how why when where do does did you your yours we our us i me my can could would
   should will shall may might have has had about as at by from into over there their they them some any one
   other than then so if not no yes explain describe tell talk discuss give example please between
   difference differences use using used way ways concept purpose role important useful strategies strategy
   approach approaches methods method techniques technique best practices practice advantages disadvantages
   challenges key common main work works working handle handling implement implementing implementation ensure
   manage managing maintain let lets like mean means backend back end development developer developers
   application applications web app apps software system systems experience level familiarity knowledge
   understanding`.split(/\s+/),
);

const SUFFIXES = [
  'izations',
  'ization',
  'ations',
  'ation',
  'encies',
  'ency',
  'ences',
  'ence',
  'ents',
  'ent',
  'ings',
  'ing',
  'ities',
  'ity',
  'ers',
  'er',
  'ed',
  'es',
  's',
];

/** A light suffix stripper: idempotent / idempotency → idempot, breakers → break, limiting → limit. */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  return word;
}

/**
 * Every import compares its drafts with the whole bank, so the bank's prompts are analysed again and
 * again; a bounded memo keeps that work to once per prompt in a long-running server.
 */
const MEMO_LIMIT = 250_000;
const memo = new Map<string, ReadonlySet<string>>();

export function topicWords(prompt: string): ReadonlySet<string> {
  const known = memo.get(prompt);
  if (known) return known;
  const words = new Set(
    normalizeForComparison(prompt)
      .split(' ')
      .filter((word) => word && !PHRASING_WORDS.has(word))
      .map(stem),
  );
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(prompt, words);
  return words;
}

/**
 * Dice similarity where each shared word counts by its rarity in the bank (inverse document
 * frequency): sharing "circuit breaker" says more than sharing "database".
 */
export function weightedDice(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (word: string) => number): number {
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const word of a) {
    const w = weight(word);
    totalA += w;
    if (b.has(word)) shared += w;
  }
  for (const word of b) totalB += weight(word);
  return totalA + totalB === 0 ? 0 : (2 * shared) / (totalA + totalB);
}
