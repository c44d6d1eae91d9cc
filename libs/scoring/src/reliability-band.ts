/** Krippendorff's bands for alpha: rely on the data, draw tentative conclusions, or do not rely on it. */
export type ReliabilityBand = 'reliable' | 'tentative' | 'unreliable' | 'not enough data';

/** Krippendorff (2004, Content Analysis, 2nd ed., p. 241; and 2011): rely on data with alpha ≥ .800. */
export const RELIABLE_ALPHA = 0.8;
/** The lowest alpha from which Krippendorff allows tentative conclusions. */
export const TENTATIVE_ALPHA = 0.667;

/**
 * The smallest sample alpha is shown for: with one candidate, or a handful of ratings, a single
 * panel's quirks decide the figure (an alpha of −0.25 from six ratings says nothing about the job).
 */
export const MIN_ALPHA_CANDIDATES = 2;
export const MIN_PAIRABLE_VALUES = 10;

/** Whether there are enough ratings for alpha to mean something. */
export function enoughForAlpha(candidates: number, pairableValues: number): boolean {
  return candidates >= MIN_ALPHA_CANDIDATES && pairableValues >= MIN_PAIRABLE_VALUES;
}

/** What the UI shows for each band. */
export const RELIABILITY_BAND_LABELS: Readonly<Record<ReliabilityBand, string>> = {
  reliable: 'reliable',
  tentative: 'tentative — draw only tentative conclusions',
  unreliable: 'unreliable',
  'not enough data': 'not enough data',
};

/**
 * Krippendorff's guidance for an alpha: reliable from 0.800, tentative (draw only tentative
 * conclusions) from 0.667, unreliable below, and "not enough data" when alpha could not be computed.
 */
export function reliabilityBand(alpha: number | null): ReliabilityBand {
  if (alpha === null || Number.isNaN(alpha)) return 'not enough data';
  if (alpha >= RELIABLE_ALPHA) return 'reliable';
  if (alpha >= TENTATIVE_ALPHA) return 'tentative';
  return 'unreliable';
}
