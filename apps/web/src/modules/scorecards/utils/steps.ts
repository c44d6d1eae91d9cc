/** The wrap-up's value of the `q` search parameter; questions are 1-based (`?q=3`). */
export const WRAP_UP_PARAM = 'wrap-up';

/** Steps are 0..count-1 for the questions and `count` for the wrap-up; anything unreadable opens the first question. */
export function stepFromParam(value: string | null, count: number): number {
  if (value === WRAP_UP_PARAM) return count;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) return 0;
  return Math.min(number - 1, count);
}

export function paramForStep(step: number, count: number): string {
  return step >= count ? WRAP_UP_PARAM : String(step + 1);
}
