import type { PanelistScorecard } from './panel-types';

/** What one grid cell shows: the rating on the kit's own scale, or that the competency was not rated. */
export interface GridCell {
  rating: number | null;
  scalePoints: number;
}

/** The rating a scorecard gave a competency (null when it did not rate it). */
export function ratingOf(scorecard: PanelistScorecard, competency: string): GridCell {
  const entry = scorecard.ratings.find((rating) => rating.competency === competency);
  return { rating: entry?.rating ?? null, scalePoints: scorecard.scalePoints };
}

/** "3" on the common 4-point scale, "4 of 5" on any other, so a 4 on 1–5 is not read as a top mark. */
export function formatCell(cell: GridCell): string {
  if (cell.rating === null) return '–';
  return cell.scalePoints === 4 ? String(cell.rating) : `${cell.rating} of ${cell.scalePoints}`;
}

/** True when some scorecards used a kit scale other than 1–4 (the grid then says so). */
export function usesOtherScales(scorecards: readonly PanelistScorecard[]): boolean {
  return scorecards.some((scorecard) => scorecard.scalePoints !== 4);
}
