import type { Figure } from './figure-explanations';

/** The figures the comparison table shows, in the order its legend explains them. */
export const TABLE_FIGURES: readonly Figure[] = [
  'composite',
  'calibratedComposite',
  'mean',
  'n',
  'disagreement',
  'recommendationTally',
  'lean',
  'split',
  'submitted',
  'weight',
];

/** The printed debrief explains the table's figures and the competencies a composite had to leave out. */
export const PRINT_FIGURES: readonly Figure[] = [...TABLE_FIGURES, 'missingCompetencies'];
