import {
  competenciesOf,
  MAX_NOTES_LENGTH,
  type AnswerDraft,
  type CompetencyRatingDraft,
  type FieldProblem,
  type ScorecardDraft,
  type ScoringKit,
} from './scorecard-draft';

function ratingProblem(kit: ScoringKit, rating: number | null, field: string): FieldProblem | null {
  if (rating === null) return null;
  if (!Number.isInteger(rating) || rating < 1 || rating > kit.scalePoints) {
    return { field, message: `A rating must be a whole number from 1 to ${kit.scalePoints} on this kit's scale; got ${rating}.` };
  }
  return null;
}

/** Answers must be for questions of the kit, on its scale, and "not asked" carries no rating. */
export function answerProblems(kit: ScoringKit, answers: AnswerDraft[]): FieldProblem[] {
  const inKit = new Set(kit.questions.map((question) => question.questionId));
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  answers.forEach((answer, index) => {
    const at = `answers.${index}`;
    if (!inKit.has(answer.questionId)) {
      problems.push({ field: `${at}.questionId`, message: 'This question is not in the kit of this interview.' });
      return;
    }
    if (seen.has(answer.questionId))
      problems.push({ field: `${at}.questionId`, message: 'This question is answered twice in one change.' });
    seen.add(answer.questionId);
    const rating = ratingProblem(kit, answer.rating, `${at}.rating`);
    if (rating) problems.push(rating);
    if (answer.notAsked && answer.rating !== null) {
      problems.push({ field: `${at}.rating`, message: 'A question marked "not asked" cannot have a rating.' });
    }
    if (answer.notes.length > MAX_NOTES_LENGTH) {
      problems.push({ field: `${at}.notes`, message: `Notes are limited to ${MAX_NOTES_LENGTH} characters.` });
    }
  });
  return problems;
}

export function competencyRatingProblems(kit: ScoringKit, ratings: CompetencyRatingDraft[]): FieldProblem[] {
  const competencies = new Set(competenciesOf(kit));
  const problems: FieldProblem[] = [];
  ratings.forEach((entry, index) => {
    const at = `competencyRatings.${index}`;
    if (!competencies.has(entry.competency)) {
      problems.push({ field: `${at}.competency`, message: `"${entry.competency}" is not a competency of this interview's kit.` });
      return;
    }
    const rating = ratingProblem(kit, entry.rating, `${at}.rating`);
    if (rating) problems.push(rating);
  });
  return problems;
}

/**
 * The starting point for each competency rating: the rounded mean of the answers rated in that
 * competency (null when none were rated). Interviewers adjust it; it is never the final word.
 */
export function prefillCompetencyRatings(kit: ScoringKit, answers: AnswerDraft[]): CompetencyRatingDraft[] {
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  return competenciesOf(kit).map((competency) => {
    const ratings = kit.questions
      .filter((question) => question.competency === competency)
      .map((question) => byQuestion.get(question.questionId)?.rating ?? null)
      .filter((rating): rating is number => rating !== null);
    const mean = ratings.length ? ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length : null;
    return { competency, rating: mean === null ? null : Math.round(mean) };
  });
}

/** Each competency's rating as it will be submitted: the interviewer's own, else the pre-fill. */
export function effectiveCompetencyRatings(kit: ScoringKit, draft: ScorecardDraft): CompetencyRatingDraft[] {
  const chosen = new Map(draft.competencyRatings.map((entry) => [entry.competency, entry.rating]));
  return prefillCompetencyRatings(kit, draft.answers).map((prefill) => ({
    competency: prefill.competency,
    rating: chosen.get(prefill.competency) ?? prefill.rating,
  }));
}

/** Questions neither rated nor marked "not asked": the page lists them before submitting. */
export function unansweredQuestions(kit: ScoringKit, answers: AnswerDraft[]): string[] {
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  return kit.questions
    .map((question) => question.questionId)
    .filter((id) => {
      const answer = byQuestion.get(id);
      return !answer || (answer.rating === null && !answer.notAsked);
    });
}

/** What blocks a submit: the overall recommendation and the written summary are required. */
export function submitProblems(kit: ScoringKit, draft: ScorecardDraft): FieldProblem[] {
  const problems = [...answerProblems(kit, draft.answers), ...competencyRatingProblems(kit, draft.competencyRatings)];
  if (!draft.recommendation) {
    problems.push({
      field: 'recommendation',
      message: 'Choose an overall recommendation (Strong no, No, Yes or Strong yes) before submitting.',
    });
  }
  if (!draft.summary.trim()) problems.push({ field: 'summary', message: 'Write a short summary of the evidence before submitting.' });
  return problems;
}

/**
 * The scorecard as submitted: every kit question is present in kit order (an untouched question
 * is recorded as not asked) and every competency carries its effective rating.
 */
export function finalizeDraft(kit: ScoringKit, draft: ScorecardDraft): ScorecardDraft {
  const byQuestion = new Map(draft.answers.map((answer) => [answer.questionId, answer]));
  const answers = kit.questions.map(({ questionId }) => {
    const answer = byQuestion.get(questionId);
    if (!answer) return { questionId, rating: null, notAsked: true, notes: '' };
    return { ...answer, notAsked: answer.notAsked || answer.rating === null };
  });
  return {
    answers,
    competencyRatings: effectiveCompetencyRatings(kit, { ...draft, answers }),
    recommendation: draft.recommendation,
    summary: draft.summary.trim(),
  };
}
