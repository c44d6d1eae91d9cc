import type { RatingPoint } from './rating-scale';

/** The kit as it was when an interview was scheduled, stored with the interview (interviews.kit_snapshot). */
export interface KitSnapshot {
  kitId: string;
  title: string;
  roleName: string;
  interviewMinutes: number;
  notes: string;
  ratingScale: RatingPoint[];
  competencyWeights: Array<{ competency: string; weight: number }>;
  sections: Array<{
    competency: string;
    title: string;
    questions: Array<{ questionId: string; revisionId: string; plannedMinutes: number }>;
  }>;
}
