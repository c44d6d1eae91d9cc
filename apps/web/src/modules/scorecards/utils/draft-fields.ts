import type { AnswerDraft, DraftChange, Recommendation, ScorecardDraft } from '@panelist/scorecards';

/** The scorecard fields as the API returns them (with __typename), turned into a plain draft to send back. */
export function draftFromScorecard(scorecard: {
  answers: ReadonlyArray<{ questionId: string; rating: number | null; notAsked: boolean; notes: string }>;
  competencyRatings: ReadonlyArray<{ competency: string; rating: number | null }>;
  recommendation: Recommendation | null;
  summary: string;
}): ScorecardDraft {
  return {
    answers: scorecard.answers.map(({ questionId, rating, notAsked, notes }) => ({ questionId, rating, notAsked, notes })),
    competencyRatings: scorecard.competencyRatings.map(({ competency, rating }) => ({ competency, rating })),
    recommendation: scorecard.recommendation,
    summary: scorecard.summary,
  };
}

/** An answer never written is an empty one: no rating, not marked "not asked", no notes. */
export function answerOf(draft: ScorecardDraft, questionId: string): AnswerDraft {
  return draft.answers.find((answer) => answer.questionId === questionId) ?? { questionId, rating: null, notAsked: false, notes: '' };
}

export function withAnswer(draft: ScorecardDraft, questionId: string, update: Partial<Omit<AnswerDraft, 'questionId'>>): ScorecardDraft {
  const next = { ...answerOf(draft, questionId), ...update };
  const exists = draft.answers.some((answer) => answer.questionId === questionId);
  return {
    ...draft,
    answers: exists ? draft.answers.map((answer) => (answer.questionId === questionId ? next : answer)) : [...draft.answers, next],
  };
}

/** The interviewer's own competency rating; null means "use the pre-fill". */
export function ownCompetencyRating(draft: ScorecardDraft, competency: string): number | null {
  return draft.competencyRatings.find((entry) => entry.competency === competency)?.rating ?? null;
}

export function withCompetencyRating(draft: ScorecardDraft, competency: string, rating: number | null): ScorecardDraft {
  const others = draft.competencyRatings.filter((entry) => entry.competency !== competency);
  return { ...draft, competencyRatings: [...others, { competency, rating }] };
}

function sameAnswer(a: AnswerDraft, b: AnswerDraft): boolean {
  return a.rating === b.rating && a.notAsked === b.notAsked && a.notes === b.notes;
}

/**
 * What autosave sends: only the answers, competency ratings and fields that differ from `base`
 * (the last version the server acknowledged). Null when nothing differs.
 */
export function changeBetween(base: ScorecardDraft, next: ScorecardDraft): DraftChange | null {
  const questionIds = new Set([...base.answers, ...next.answers].map((answer) => answer.questionId));
  const answers = [...questionIds]
    .map((id) => answerOf(next, id))
    .filter((answer) => !sameAnswer(answer, answerOf(base, answer.questionId)));
  const competencies = new Set([...base.competencyRatings, ...next.competencyRatings].map((entry) => entry.competency));
  const competencyRatings = [...competencies]
    .filter((competency) => ownCompetencyRating(base, competency) !== ownCompetencyRating(next, competency))
    .map((competency) => ({ competency, rating: ownCompetencyRating(next, competency) }));
  const change: DraftChange = {};
  if (answers.length) change.answers = answers;
  if (competencyRatings.length) change.competencyRatings = competencyRatings;
  if (base.recommendation !== next.recommendation) change.recommendation = next.recommendation;
  if (base.summary !== next.summary) change.summary = next.summary;
  return Object.keys(change).length ? change : null;
}

/** A field's value in the shape mergeDrafts reports it (a "not asked" rating is 'NOT_ASKED'). */
export type FieldValue = string | number | null;

/** Reads one field by its merge path: answers.<id>.rating|notes, competencyRatings.<c>, recommendation, summary. */
export function fieldValue(draft: ScorecardDraft, path: string): FieldValue {
  if (path === 'recommendation') return draft.recommendation;
  if (path === 'summary') return draft.summary;
  if (path.startsWith('competencyRatings.')) return ownCompetencyRating(draft, path.slice('competencyRatings.'.length));
  const [, questionId = '', leaf] = path.split('.');
  const answer = answerOf(draft, questionId);
  if (leaf === 'notes') return answer.notes;
  return answer.notAsked ? 'NOT_ASKED' : answer.rating;
}

/** Writes one field by its merge path, e.g. to apply "Keep mine" to a conflict. */
export function withFieldValue(draft: ScorecardDraft, path: string, value: FieldValue): ScorecardDraft {
  if (path === 'recommendation') return { ...draft, recommendation: value as Recommendation | null };
  if (path === 'summary') return { ...draft, summary: String(value ?? '') };
  if (path.startsWith('competencyRatings.')) {
    return withCompetencyRating(draft, path.slice('competencyRatings.'.length), typeof value === 'number' ? value : null);
  }
  const [, questionId = '', leaf] = path.split('.');
  if (leaf === 'notes') return withAnswer(draft, questionId, { notes: String(value ?? '') });
  return withAnswer(
    draft,
    questionId,
    value === 'NOT_ASKED' ? { rating: null, notAsked: true } : { rating: typeof value === 'number' ? value : null, notAsked: false },
  );
}

/** Notes and the summary are free text: only they can "keep both". */
export function isTextPath(path: string): boolean {
  return path === 'summary' || path.endsWith('.notes');
}

/** How far the scorecard is: questions rated, and those marked "not asked" (settled, but not answered). */
export function answerProgress(answers: readonly AnswerDraft[]): { rated: number; notAsked: number } {
  return {
    rated: answers.filter((answer) => answer.rating !== null && !answer.notAsked).length,
    notAsked: answers.filter((answer) => answer.notAsked).length,
  };
}
