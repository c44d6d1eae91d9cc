import { aLoop, aQuestion, aSeat, anInterview } from '../../../testing/loop-fixtures';
import { describeProgress, panelProgressSummary } from '../utils/panel-status';
import { repeatedQuestionViews } from '../utils/repeated-questions';

describe('panel status', () => {
  it('announces each change in words', () => {
    expect(describeProgress(aSeat('s', 'Dana Interviewer', 'SUBMITTED'))).toBe('Dana Interviewer submitted their scorecard');
    expect(describeProgress(aSeat('s', 'Dana Interviewer', 'SUBMITTED', { amendments: 1 }))).toBe(
      'Dana Interviewer amended their scorecard',
    );
    expect(describeProgress(aSeat('s', 'Dana Interviewer', 'DRAFT'))).toBe('Dana Interviewer started their scorecard');
  });

  it('counts submitted seats', () => {
    expect(panelProgressSummary([aSeat('a', 'A', 'SUBMITTED'), aSeat('b', 'B', 'DRAFT'), aSeat('c', 'C', 'PENDING')])).toBe(
      '1 of 3 submitted',
    );
  });

  it('names a repeated question by its prompt and the interviews asking it', () => {
    const first = anInterview('iv-1', { roundName: 'Phone screen', questions: [aQuestion('q-1', 'Design a URL shortener')] });
    const second = anInterview('iv-2', { roundName: null, questions: [aQuestion('q-1', 'Design a URL shortener')] });
    const loop = aLoop([first, second], [{ questionId: 'q-1', interviewIds: ['iv-1', 'iv-2'] }]);

    expect(repeatedQuestionViews(loop.repeatedQuestions, loop.interviews)).toEqual([
      { questionId: 'q-1', prompt: 'Design a URL shortener', interviews: ['Phone screen', 'Backend — system design'] },
    ]);
  });
});
