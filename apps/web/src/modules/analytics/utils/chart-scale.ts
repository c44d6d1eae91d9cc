/**
 * A symmetric domain around 0 that fits every value, at least ±minimum, with headroom past the longest
 * bar for its label, rounded up to a tenth.
 */
export function symmetricDomain(values: readonly number[], minimum = 0.5, headroom = 1.35): [number, number] {
  const largest = Math.max(minimum, ...values.map((value) => Math.abs(value)));
  const bound = Math.ceil(largest * headroom * 10) / 10;
  return [-bound, bound];
}

/** Alpha runs from below 0 (systematic disagreement) to 1: the domain starts at 0 unless a value is lower. */
export function alphaDomain(values: readonly number[]): [number, number] {
  const lowest = Math.min(0, ...values);
  return [lowest < 0 ? Math.floor(lowest * 1.3 * 10) / 10 : 0, 1];
}

/**
 * Tick positions at exact multiples of `unit` (e.g. the ±0.3 leniency threshold), so each label sits
 * where its value is: a step of 1, 2, 5 or 10 units, the smallest that gives at most four ticks per side.
 */
export function symmetricTicks([low, high]: readonly [number, number], unit: number): number[] {
  const bound = Math.max(Math.abs(low), Math.abs(high));
  const step = [1, 2, 5, 10].map((factor) => factor * unit).find((candidate) => bound / candidate <= 4) ?? unit * 10;
  const count = Math.floor(bound / step + 1e-9);
  return Array.from({ length: count * 2 + 1 }, (_, index) => Math.round((index - count) * step * 1e6) / 1e6);
}

/** Alpha's ticks: every 0.2 from the domain's start, plus the tentative and reliable thresholds where they sit. */
export function alphaTicks([low]: readonly [number, number], tentative: number, reliable: number): number[] {
  const ticks = new Set<number>([tentative, reliable]);
  for (let tick = Math.ceil(low * 5) / 5; tick <= 1 + 1e-9; tick = Math.round((tick + 0.2) * 10) / 10) {
    // 0.6 and 0.8 would crowd the thresholds' labels (0.667, 0.800); the thresholds stand for them.
    if (Math.abs(tick - tentative) > 0.1 && Math.abs(tick - reliable) > 1e-9) ticks.add(tick);
  }
  return [...ticks].sort((a, b) => a - b);
}
