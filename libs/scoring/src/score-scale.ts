/** The range a competency is rated on: a kit's 1..4 scale is `{ min: 1, max: 4 }`. */
export interface ScoreScale {
  min: number;
  max: number;
}

/** Refuses a scale every other figure would silently get wrong (empty, reversed or not a number). */
export function assertScale(scale: ScoreScale): void {
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max) || scale.max <= scale.min) {
    throw new RangeError(`A rating scale needs a finite min below its max; got ${scale.min}..${scale.max}.`);
  }
}

/** Distance from the lowest to the highest point: 3 on a 1..4 scale. */
export function scaleRange(scale: ScoreScale): number {
  assertScale(scale);
  return scale.max - scale.min;
}

/** Keeps a computed score on the scale, so an adjustment never shows a 4.3 on a 1..4 scale. */
export function clampToScale(value: number, scale: ScoreScale): number {
  assertScale(scale);
  return Math.min(scale.max, Math.max(scale.min, value));
}

/**
 * Moves a rating from one scale to another by its position along the range (3 on 1..5 is 2.5 on
 * 1..4), so ratings from kits with different scales can be compared.
 */
export function rescaleRating(value: number, from: ScoreScale, to: ScoreScale): number {
  return to.min + ((value - from.min) / scaleRange(from)) * scaleRange(to);
}
