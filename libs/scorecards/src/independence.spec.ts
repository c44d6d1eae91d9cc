import { mayReadPanelScorecards } from './independence';

describe('mayReadPanelScorecards', () => {
  it('opens the panel to an interviewer only once every scorecard they owe the candidate is submitted', () => {
    expect(mayReadPanelScorecards('INTERVIEWER', [])).toBe(false);
    expect(mayReadPanelScorecards('INTERVIEWER', ['DRAFT'])).toBe(false);
    expect(mayReadPanelScorecards('INTERVIEWER', ['SUBMITTED', 'PENDING'])).toBe(false);
    expect(mayReadPanelScorecards('INTERVIEWER', ['SUBMITTED'])).toBe(true);
  });

  it('lets recruiters, hiring managers and admins read submitted scorecards unless they still owe one themselves', () => {
    expect(mayReadPanelScorecards('RECRUITER', [])).toBe(true);
    expect(mayReadPanelScorecards('ADMIN', [])).toBe(true);
    expect(mayReadPanelScorecards('HIRING_MANAGER', ['DRAFT'])).toBe(false);
    expect(mayReadPanelScorecards('HIRING_MANAGER', ['SUBMITTED'])).toBe(true);
  });
});
