import {
  answerProblems,
  competencyRatingProblems,
  finalizeDraft,
  prefillCompetencyRatings,
  submitProblems,
  unansweredQuestions,
} from './draft-rules';
import { emptyDraft, type ScoringKit } from './scorecard-draft';

const kit: ScoringKit = {
  scalePoints: 4,
  questions: [
    { questionId: 'q1', competency: 'Architecture' },
    { questionId: 'q2', competency: 'Architecture' },
    { questionId: 'q3', competency: 'Communication' },
  ],
};
const answer = (questionId: string, rating: number | null, notAsked = false, notes = '') => ({ questionId, rating, notAsked, notes });

describe('answerProblems', () => {
  it('accepts ratings on the scale and "not asked" without a rating', () => {
    expect(answerProblems(kit, [answer('q1', 1), answer('q2', 4), answer('q3', null, true)])).toEqual([]);
  });

  it('names the field of a rating outside the scale, a foreign question and a rated "not asked"', () => {
    expect(answerProblems(kit, [answer('q1', 5), answer('elsewhere', 2), answer('q3', 2, true), answer('q2', 2.5)])).toEqual([
      { field: 'answers.0.rating', message: expect.stringContaining('1 to 4') },
      { field: 'answers.1.questionId', message: 'This question is not in the kit of this interview.' },
      { field: 'answers.2.rating', message: expect.stringContaining('not asked') },
      { field: 'answers.3.rating', message: expect.stringContaining('whole number') },
    ]);
  });

  it('refuses the same question twice in one change', () => {
    expect(answerProblems(kit, [answer('q1', 1), answer('q1', 2)])).toEqual([
      { field: 'answers.1.questionId', message: expect.any(String) },
    ]);
  });
});

describe('competency ratings', () => {
  it('pre-fills each competency with the rounded mean of its rated answers', () => {
    expect(prefillCompetencyRatings(kit, [answer('q1', 3), answer('q2', 4), answer('q3', null, true)])).toEqual([
      { competency: 'Architecture', rating: 4 },
      { competency: 'Communication', rating: null },
    ]);
  });

  it('refuses competencies the kit does not have and ratings off the scale', () => {
    expect(
      competencyRatingProblems(kit, [
        { competency: 'Cooking', rating: 2 },
        { competency: 'Communication', rating: 0 },
      ]),
    ).toEqual([
      { field: 'competencyRatings.0.competency', message: expect.stringContaining('Cooking') },
      { field: 'competencyRatings.1.rating', message: expect.stringContaining('1 to 4') },
    ]);
  });
});

describe('submitting', () => {
  it('requires an overall recommendation and a summary', () => {
    expect(submitProblems(kit, emptyDraft()).map((problem) => problem.field)).toEqual(['recommendation', 'summary']);
    expect(submitProblems(kit, { ...emptyDraft(), recommendation: 'YES', summary: 'Clear trade-offs.' })).toEqual([]);
  });

  it('lists the questions neither rated nor marked not asked', () => {
    expect(unansweredQuestions(kit, [answer('q1', 2), answer('q2', null, false, 'ran out of time')])).toEqual(['q2', 'q3']);
  });

  it('records untouched questions as not asked and keeps chosen competency ratings over the pre-fill', () => {
    const draft = {
      answers: [answer('q2', 2, false, 'partial'), answer('q1', 3)],
      competencyRatings: [{ competency: 'Architecture', rating: 2 }],
      recommendation: 'NO' as const,
      summary: '  Thin on failure modes.  ',
    };
    expect(finalizeDraft(kit, draft)).toEqual({
      answers: [answer('q1', 3), answer('q2', 2, false, 'partial'), answer('q3', null, true)],
      competencyRatings: [
        { competency: 'Architecture', rating: 2 },
        { competency: 'Communication', rating: null },
      ],
      recommendation: 'NO',
      summary: 'Thin on failure modes.',
    });
  });
});
