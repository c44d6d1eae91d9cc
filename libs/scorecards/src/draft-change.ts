import type { AnswerDraft, CompetencyRatingDraft, Recommendation, ScorecardDraft } from './scorecard-draft';

/**
 * A partial edit as autosave sends it: the answers and competency ratings listed replace those
 * entries; a recommendation or summary left undefined stays as it is.
 */
export interface DraftChange {
  answers?: AnswerDraft[];
  competencyRatings?: CompetencyRatingDraft[];
  recommendation?: Recommendation | null;
  summary?: string;
}

export function applyDraftChange(draft: ScorecardDraft, change: DraftChange): ScorecardDraft {
  const answers = new Map(draft.answers.map((answer) => [answer.questionId, answer]));
  for (const answer of change.answers ?? []) answers.set(answer.questionId, answer);
  const ratings = new Map(draft.competencyRatings.map((entry) => [entry.competency, entry]));
  for (const entry of change.competencyRatings ?? []) ratings.set(entry.competency, entry);
  return {
    answers: [...answers.values()],
    competencyRatings: [...ratings.values()],
    recommendation: change.recommendation === undefined ? draft.recommendation : change.recommendation,
    summary: change.summary ?? draft.summary,
  };
}
