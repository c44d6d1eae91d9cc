import type { FieldProblem } from '@panelist/errors';

/** The overall call an interviewer makes. There is deliberately no neutral option. */
export const RECOMMENDATIONS = ['STRONG_NO', 'NO', 'YES', 'STRONG_YES'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  STRONG_NO: 'Strong no',
  NO: 'No',
  YES: 'Yes',
  STRONG_YES: 'Strong yes',
};

export const MAX_NOTES_LENGTH = 20_000;

/** One question of the kit an interview was scheduled with, as scoring needs it. */
export interface ScoredQuestion {
  questionId: string;
  competency: string;
}

/** What scoring needs of a kit: the scale runs 1..scalePoints. */
export interface ScoringKit {
  scalePoints: number;
  questions: ScoredQuestion[];
}

export interface AnswerDraft {
  questionId: string;
  rating: number | null;
  notAsked: boolean;
  notes: string;
}

export interface CompetencyRatingDraft {
  competency: string;
  rating: number | null;
}

/** Everything an interviewer writes on one scorecard. */
export interface ScorecardDraft {
  answers: AnswerDraft[];
  competencyRatings: CompetencyRatingDraft[];
  recommendation: Recommendation | null;
  summary: string;
}

export type { FieldProblem };

export function emptyDraft(): ScorecardDraft {
  return { answers: [], competencyRatings: [], recommendation: null, summary: '' };
}

export function competenciesOf(kit: ScoringKit): string[] {
  return [...new Set(kit.questions.map((question) => question.competency))];
}
