import { EXPLANATIONS } from '@panelist/scoring';

/**
 * Figures the scoring library does not explain because the API counts them (submissions, weights,
 * activity): one sentence each, in the library's voice, so every figure on a page has its sentence.
 */
const COUNT_EXPLANATIONS = {
  submitted: 'Scorecards the panel has submitted, out of every scorecard the scheduled interviews expect.',
  weight: 'How much the competency counts toward the composite, from 0 (not at all) to 10.',
  calibratedMean:
    'The mean of the ratings with each interviewer’s adjusted leniency taken out; each rating stays within the scale, so a mean at the scale’s end (a 4.00 on a 1–4 scale) was held there, not pushed past it.',
  scorecards: 'Scorecards this interviewer has submitted.',
  ratingsGiven: 'Competency ratings this interviewer has given on submitted scorecards.',
  comparisons:
    'Ratings of a candidate and competency that at least one other interviewer also rated, which is what leniency is measured on.',
  medianHoursToSubmit: 'Half of this interviewer’s scorecards were submitted sooner than this after the interview ended, half later.',
  candidates: 'Candidates with an interview loop for the job.',
  pairableValues: 'Ratings that alpha could compare, because another interviewer rated the same candidate on the same competency.',
  unitsUsed: 'Candidate-and-competency pairs rated by two or more interviewers.',
} as const;

/** Every explained figure: the library's sentences plus the counts above. */
export const FIGURE_EXPLANATIONS = { ...EXPLANATIONS, ...COUNT_EXPLANATIONS } as const;

export type Figure = keyof typeof FIGURE_EXPLANATIONS;

/** The name each figure goes by on screen and on paper. */
export const FIGURE_LABELS: Record<Figure, string> = {
  n: 'n',
  mean: 'Mean',
  median: 'Median',
  min: 'Min',
  max: 'Max',
  spread: 'Spread',
  disagreement: 'Disagreement flag',
  recommendationTally: 'Recommendation tally',
  lean: 'Lean',
  split: 'Split panel',
  composite: 'Composite (raw)',
  missingCompetencies: 'Not rated',
  rawLeniency: 'Raw leniency',
  shrunkLeniency: 'Leniency (adjusted)',
  leniencyLabel: 'Lenient / severe / in line',
  calibratedScore: 'Calibrated rating',
  calibratedComposite: 'Calibrated composite',
  alpha: 'Alpha (α)',
  reliabilityBand: 'Reliability band',
  alphaNoPairableValues: 'No pairable ratings',
  alphaNoVariation: 'No variation',
  alphaTooFewRatings: 'Not enough ratings yet',
  submitted: 'Submitted',
  weight: 'Weight',
  calibratedMean: 'Calibrated mean',
  scorecards: 'Scorecards',
  ratingsGiven: 'Ratings',
  comparisons: 'Comparisons',
  medianHoursToSubmit: 'Median time to submit',
  candidates: 'Candidates',
  pairableValues: 'Pairable ratings',
  unitsUsed: 'Units compared',
};
