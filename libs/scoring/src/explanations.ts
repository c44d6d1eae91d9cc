import { DEFAULT_SHRINKAGE_K, LENIENCY_LABEL_THRESHOLD } from './interviewer-leniency';
import { MIN_ALPHA_CANDIDATES, MIN_PAIRABLE_VALUES } from './reliability-band';

/**
 * One plain sentence per figure, for the UI to show beside it (tooltips, legends, the printed debrief).
 * The doc comment of the function that computes each figure says the same thing.
 */
export const EXPLANATIONS = {
  n: 'How many interviewers rated this competency.',
  mean: "The average of the interviewers' ratings on this competency.",
  median: 'The middle rating once the ratings are put in order (halfway between the two middle ones when there is an even number).',
  min: 'The lowest rating any interviewer gave on this competency.',
  max: 'The highest rating any interviewer gave on this competency.',
  spread: 'How far apart the highest and the lowest rating are.',
  disagreement:
    'Flagged when the highest and lowest ratings are at least half the scale apart (2 points on a 1–4 scale), so the panel should talk it through.',
  recommendationTally: 'How many interviewers gave each overall recommendation.',
  lean: 'The average recommendation, from −2 when everyone says Strong no to +2 when everyone says Strong yes.',
  split: 'Flagged when at least one interviewer recommends hiring and at least one does not.',
  composite: "The average of the competency means weighted by the kit's weights, leaving out competencies nobody rated.",
  missingCompetencies: 'Competencies that count toward the composite but that nobody rated, so the composite leaves them out.',
  rawLeniency:
    "How far this interviewer's ratings sit above (+) or below (−) the other interviewers' ratings of the same candidates and competencies, on average.",
  shrunkLeniency: `The raw leniency pulled toward 0 as if the interviewer also had ${DEFAULT_SHRINKAGE_K} comparisons in line with the panel, so a handful of ratings cannot brand anyone lenient or severe.`,
  leniencyLabel: `Lenient or severe when the adjusted leniency is at least ${LENIENCY_LABEL_THRESHOLD} points above or below the other interviewers, otherwise in line.`,
  calibratedScore: "The rating with the interviewer's adjusted leniency taken out, kept within the scale.",
  calibratedComposite: 'The composite computed from calibrated ratings, so a lenient or severe panel does not lift or sink the candidate.',
  alpha:
    "Krippendorff's alpha: how far the interviewers agree beyond what chance would give, from 1 for perfect agreement to 0 for chance level and below 0 when they disagree more than chance would (they systematically rate the same candidates differently), with missing ratings allowed.",
  reliabilityBand:
    "Krippendorff's guidance: rely on an alpha of 0.800 or more, draw only tentative conclusions from 0.667 to 0.800, and do not rely on less.",
  alphaNoPairableValues: 'No candidate was rated on a competency by two or more interviewers, so there is nothing to compare.',
  alphaNoVariation: 'Every rating is the same, so agreement cannot be told apart from chance.',
  alphaTooFewRatings: `Not enough ratings yet: alpha needs at least ${MIN_ALPHA_CANDIDATES} candidates and ${MIN_PAIRABLE_VALUES} ratings that can be compared, or a single panel's quirks decide it.`,
} as const;

export type ExplainedFigure = keyof typeof EXPLANATIONS;
