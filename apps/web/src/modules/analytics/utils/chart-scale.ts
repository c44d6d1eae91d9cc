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
