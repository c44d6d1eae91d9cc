import { calibratedCandidateScores } from './calibration';
import { competencyStats, type CompetencyStats } from './competency-stats';
import type { InterviewerRating } from './interviewer-leniency';
import { tallyRecommendations, type Recommendation, type RecommendationTally } from './recommendation-tally';
import { rescaleRating, type ScoreScale } from './score-scale';
import { DEFAULT_WEIGHT, type CompetencyWeight, type CompositeScore } from './weighted-composite';

/** Panels are compared on one scale: kits with 3 or 5 points are mapped onto 1..4 by position. */
export const COMMON_SCALE: ScoreScale = { min: 1, max: 4 };

/** One submitted scorecard as the panel summary needs it. */
export interface SubmittedScorecard {
  interviewerId: string;
  /** Points of the kit's scale the ratings were given on (1..scalePoints). */
  scalePoints: number;
  recommendation: Recommendation | null;
  competencyRatings: ReadonlyArray<{ competency: string; rating: number | null }>;
}

export interface CompetencySummary extends CompetencyStats {
  competency: string;
  /** The mean with each interviewer's leniency taken out; null when nobody rated it. */
  calibratedMean: number | null;
  weight: number;
}

export interface PanelSummary {
  competencies: CompetencySummary[];
  tally: RecommendationTally;
  rawComposite: CompositeScore;
  calibratedComposite: CompositeScore;
  /** Competencies whose ratings are at least half the scale apart. */
  disagreements: string[];
}

/** A scorecard's competency ratings on the common 1..4 scale, as rows for the statistics. */
export function commonScaleRatings(candidateId: string, scorecard: SubmittedScorecard): InterviewerRating[] {
  const from = { min: 1, max: scorecard.scalePoints };
  return scorecard.competencyRatings.map((entry) => ({
    interviewerId: scorecard.interviewerId,
    candidateId,
    competency: entry.competency,
    value: entry.rating === null ? null : rescaleRating(entry.rating, from, COMMON_SCALE),
  }));
}

/**
 * One candidate's panel in numbers: per competency n, mean, median, min, max, spread, the
 * disagreement flag and the calibrated mean; the recommendation tally; and the weighted composite as
 * rated and as calibrated. `competencies` fixes the order (the kit's), so missing ones still show.
 */
export function summarizePanel(
  scorecards: ReadonlyArray<SubmittedScorecard>,
  options: { competencies: readonly string[]; weights: ReadonlyArray<CompetencyWeight>; leniency: ReadonlyMap<string, number> },
): PanelSummary {
  const ratings = scorecards.flatMap((scorecard) => commonScaleRatings('candidate', scorecard));
  const calibrated = calibratedCandidateScores(
    ratings.filter((rating) => rating.value !== null),
    options.leniency,
    COMMON_SCALE,
    options.weights,
  );
  const calibratedByCompetency = new Map(calibrated.competencies.map((entry) => [entry.competency, entry.calibratedMean]));
  const weightOf = new Map(options.weights.map((entry) => [entry.competency, entry.weight]));
  const names = [...new Set([...options.competencies, ...ratings.map((rating) => rating.competency)])];
  const competencies = names.map((competency) => ({
    competency,
    ...competencyStats(
      ratings.filter((rating) => rating.competency === competency).map((rating) => rating.value),
      COMMON_SCALE,
    ),
    calibratedMean: calibratedByCompetency.get(competency) ?? null,
    weight: weightOf.get(competency) ?? DEFAULT_WEIGHT,
  }));
  return {
    competencies,
    tally: tallyRecommendations(scorecards.map((scorecard) => scorecard.recommendation)),
    rawComposite: calibrated.rawComposite,
    calibratedComposite: calibrated.calibratedComposite,
    disagreements: competencies.filter((entry) => entry.disagreement).map((entry) => entry.competency),
  };
}
