import { fnv1a64, questionFingerprint } from './fingerprint';
import { findNearDuplicates } from './near';
import { normalizeForComparison } from './normalize';

function bigIntFnv(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

describe('fingerprints', () => {
  it('implements FNV-1a 64', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    // Multi-byte UTF-8 and surrogate pairs, against a straightforward BigInt implementation.
    for (const text of ['é', '—', '日本語', '😀 emoji', 'mixed ascii — ünïcödé 😀']) expect(fnv1a64(text)).toBe(bigIntFnv(text));
  });

  it('folds case, punctuation, whitespace, accents and mojibake', () => {
    expect(normalizeForComparison('  What’s the CAP   theorem?! ')).toBe('whats the cap theorem');
    expect(questionFingerprint('Whatâs a cafÃ©?')).toBe(questionFingerprint("what's a CAFE"));
    expect(questionFingerprint('Refactor this:', 'a()')).not.toBe(questionFingerprint('Refactor this:', 'b()'));
  });
});

describe('findNearDuplicates', () => {
  const item = (prompt: string) => ({ fingerprint: questionFingerprint(prompt), prompt });

  it('suggests rephrasings of the same topic with a score, not unrelated questions', () => {
    const items = [
      item('How do you implement rate limiting in your APIs?'),
      item('What is a circuit breaker pattern, and why is it useful?'),
      item('How do you implement rate limiting and why is it important?'),
      item('What is a B-tree?'),
      item('How do you implement circuit breakers in distributed systems?'),
    ];
    const { suggestions } = findNearDuplicates(items);
    expect(suggestions.map((s) => [items.findIndex((i) => i.fingerprint === s.a), items.findIndex((i) => i.fingerprint === s.b)])).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 4],
      ]),
    );
    expect(suggestions).toHaveLength(2);
    for (const suggestion of suggestions) expect(suggestion.score).toBeGreaterThanOrEqual(0.55);
  });

  it('compares only prompts that share an indexed word, so 10,000 drafts stay far from n²', () => {
    const topics = ['kafka', 'redis', 'postgres', 'graphql', 'docker', 'oauth', 'grpc', 'sharding', 'indexes', 'caching'];
    const items = Array.from({ length: 10_000 }, (_, i) =>
      item(`How would you tune ${topics[i % topics.length]} ${`w${i}x`} for service ${Math.floor(i / 7)} number ${i}?`),
    );
    const started = Date.now();
    const { comparisons } = findNearDuplicates(items);
    expect(comparisons).toBeLessThan((10_000 * 10_000) / 2 / 50);
    expect(Date.now() - started).toBeLessThan(10_000); // generous: a guard against quadratic blow-up, not a benchmark
  });
});

describe('near duplicates against a known bank', () => {
  it('only reports pairs that involve a new item, with the same scores', () => {
    const bank = [
      'How would you implement rate limiting for a public API?',
      'How would you design rate limiting for an API?',
      'What is a circuit breaker?',
    ];
    const incoming = ['How do you implement rate limiting in a public REST API?', 'Explain the circuit breaker pattern.'];
    const items = [...bank, ...incoming].map((prompt) => ({ fingerprint: questionFingerprint(prompt), prompt }));
    const all = findNearDuplicates(items).suggestions;
    const onlyNew = findNearDuplicates(items, undefined, bank.length).suggestions;
    const newFingerprints = new Set(items.slice(bank.length).map((item) => item.fingerprint));
    expect(onlyNew).toEqual(all.filter((s) => newFingerprints.has(s.a) || newFingerprints.has(s.b)));
    expect(all.length).toBeGreaterThan(onlyNew.length);
  });
});
