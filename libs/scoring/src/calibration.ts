import { groupBy, mean, meanPerKey } from './numbers';
import { clampToScale, type ScoreScale } from './score-scale';
import { type InterviewerRating } from './interviewer-leniency';
import { weightedComposite, type CompetencyWeight, type CompositeScore } from './weighted-composite';

/** The rating with the interviewer's shrunk leniency taken out, kept within the scale. */
export function calibrate(value: number, shrunkLeniency: number, scale: ScoreScale): number {
  return clampToScale(value - shrunkLeniency, scale);
}

export interface CalibratedCompetency {
  competency: string;
  /** Interviewers who rated it. */
  n: number;
  /** The mean of the interviewers' ratings as given; null when nobody rated it. */
  rawMean: number | null;
  /** The mean of the same ratings after calibration; null when nobody rated it. */
  calibratedMean: number | null;
}

export interface CalibratedCandidateScores {
  /** In the order the competencies first appear in the ratings. */
  competencies: CalibratedCompetency[];
  rawComposite: CompositeScore;
  calibratedComposite: CompositeScore;
}

/**
 * One candidate's competency means and composite, as rated and with each interviewer's leniency taken
 * out, so a lenient or severe panel does not lift or sink the candidate.
 *
 * `ratings` are this candidate's only. An interviewer missing from `leniency` is not adjusted (no
 * comparisons yet). An interviewer's several ratings of one competency are averaged first, as in
 * `interviewerLeniency`.
 */
export function calibratedCandidateScores(
  ratings: ReadonlyArray<InterviewerRating>,
  leniency: ReadonlyMap<string, number>,
  scale: ScoreScale,
  weights: ReadonlyArray<CompetencyWeight> = [],
): CalibratedCandidateScores {
  const candidates = new Set(ratings.map((r) => r.candidateId));
  if (candidates.size > 1) throw new RangeError(`Pass one candidate's ratings; got ${candidates.size} candidates.`);
  const competencies = [...groupBy(ratings, (r) => r.competency)].map(([competency, competencyRatings]): CalibratedCompetency => {
    const byInterviewer = meanPerKey(
      competencyRatings,
      (r) => r.interviewerId,
      (r) => r.value,
    );
    const raw = [...byInterviewer.values()];
    const calibrated = [...byInterviewer].map(([interviewerId, value]) => calibrate(value, leniency.get(interviewerId) ?? 0, scale));
    return { competency, n: raw.length, rawMean: mean(raw), calibratedMean: mean(calibrated) };
  });
  return {
    competencies,
    rawComposite: weightedComposite(
      competencies.map((c) => ({ competency: c.competency, mean: c.rawMean })),
      weights,
    ),
    calibratedComposite: weightedComposite(
      competencies.map((c) => ({ competency: c.competency, mean: c.calibratedMean })),
      weights,
    ),
  };
}
