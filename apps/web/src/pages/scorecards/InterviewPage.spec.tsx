import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  AmendScorecardDocument,
  InterviewModeDocument,
  InterviewModeHistoryDocument,
  SaveScorecardDraftDocument,
  SubmitScorecardDocument,
} from '../../generated/graphql';
import {
  aCompetencyRating,
  aScorecard,
  anAnswer,
  anInterview,
  type ScorecardFixture,
} from '../../modules/scorecards/__tests__/interview-fixtures';
import { aViewer, apiError } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { InterviewPage } from './InterviewPage';

function interviewMock(scorecard: ScorecardFixture = aScorecard()) {
  return { request: { query: InterviewModeDocument, variables: { id: 'int-1' } }, result: { data: { interview: anInterview(scorecard) } } };
}

function saveMock(input: Record<string, unknown>, returned: ScorecardFixture) {
  return {
    request: { query: SaveScorecardDraftDocument, variables: { input: { scorecardId: 'sc-1', ...input } } },
    result: jest.fn(() => ({ data: { saveScorecardDraft: returned } })),
  };
}

function renderInterview(mocks: ReadonlyArray<MockLink.MockedResponse>, query = '') {
  return renderWithApp(<InterviewPage />, {
    mocks,
    path: `/interviews/int-1${query}`,
    route: '/interviews/:id',
    viewer: aViewer('INTERVIEWER'),
  });
}

/** A key press where focus is, as the person would type it. */
function press(key: string, options: Partial<KeyboardEventInit> = {}) {
  fireEvent.keyDown(document.activeElement ?? document.body, { key, ...options });
}

function ratingGroup(name: string) {
  return within(screen.getByRole('radiogroup', { name }));
}

/** The save indicator (the live region in the header) settles on `text`. */
async function expectStatus(text: string) {
  await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(text));
}

describe('InterviewPage', () => {
  beforeEach(() => localStorage.clear());

  it('shows the candidate, the kit, one question with its rubric and an always-visible save status and legend', async () => {
    renderInterview([interviewMock()]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(screen.getByText('Backend — system design round')).toBeInTheDocument();
    const prompt = screen.getByRole('heading', { level: 2, name: /Q1 How would you version a public REST API\?/ });
    // The question's label titles it, just above the prompt.
    expect(prompt.previousElementSibling).toHaveTextContent('API versioning');
    expect(screen.getByLabelText('Code for the question')).toHaveTextContent('GET /v2/orders');
    const rubric = within(screen.getByRole('complementary', { name: 'Rubric for Q1' }));
    expect(rubric.getByRole('region', { name: 'Look for' })).toHaveTextContent('Mentions a deprecation window');
    expect(rubric.getByRole('region', { name: 'Red flags' })).toHaveTextContent('Breaks clients silently');
    expect(rubric.getByRole('region', { name: 'Reference answer' })).toHaveTextContent('deprecation policy');
    expect(rubric.getByRole('region', { name: 'Interviewer guidance' })).toHaveTextContent('Push on how clients migrate.');
    expect(ratingGroup('Rating for Q1').getByRole('radio', { name: '3 Strong' })).toHaveAccessibleDescription(
      'Explained it with trade-offs.',
    );
    expect(ratingGroup('Rating for Q1').getByRole('radio', { name: 'Not asked' })).toBeInTheDocument();
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saved');
    expect(screen.getByRole('region', { name: 'Keyboard shortcuts' })).toHaveTextContent('not asked');
  });

  it('rates with digit keys (saved at once), marks not asked with x, and moves with j and k', async () => {
    const rated = saveMock(
      { version: 4, answers: [{ questionId: 'q-1', rating: 3, notAsked: false, notes: '' }] },
      aScorecard({ version: 5, answers: [anAnswer('q-1', 3)] }),
    );
    const skipped = saveMock(
      { version: 5, answers: [{ questionId: 'q-2', rating: null, notAsked: true, notes: '' }] },
      aScorecard({ version: 6, answers: [anAnswer('q-1', 3), anAnswer('q-2', null, '', true)] }),
    );
    renderInterview([interviewMock(), rated, skipped]);
    await screen.findByRole('heading', { level: 2, name: /^Q1/ });

    press('3');
    expect(ratingGroup('Rating for Q1').getByRole('radio', { name: '3 Strong' })).toBeChecked();
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saving…');
    await expectStatus('Saved');
    expect(rated.result).toHaveBeenCalledTimes(1);

    press('j');
    expect(await screen.findByRole('heading', { level: 2, name: /^Q2 Design idempotent payments/ })).toHaveFocus();
    press('x');
    expect(ratingGroup('Rating for Q2').getByRole('radio', { name: 'Not asked' })).toBeChecked();
    await expectStatus('Saved');
    expect(skipped.result).toHaveBeenCalledTimes(1);

    press('k');
    expect(await screen.findByRole('heading', { level: 2, name: /^Q1/ })).toHaveFocus();
    expect(ratingGroup('Rating for Q1').getByRole('radio', { name: '3 Strong' })).toBeChecked();
    press('ArrowRight');
    expect(await screen.findByRole('heading', { level: 2, name: /^Q2/ })).toBeInTheDocument();
  });

  it('n focuses the notes, keys typed there do not rate, and Escape hands the keys back', async () => {
    const rated = saveMock(
      { version: 4, answers: [{ questionId: 'q-1', rating: 2, notAsked: false, notes: '' }] },
      aScorecard({ version: 5, answers: [anAnswer('q-1', 2)] }),
    );
    renderInterview([interviewMock(), rated]);
    await screen.findByRole('heading', { level: 2, name: /^Q1/ });

    press('n');
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    expect(notes).toHaveFocus();
    press('2');
    press('j');
    expect(ratingGroup('Rating for Q1').getByRole('radio', { name: '2 Mixed' })).not.toBeChecked();
    expect(screen.getByRole('heading', { level: 2, name: /^Q1/ })).toBeInTheDocument();

    press('Escape');
    expect(notes).not.toHaveFocus();
    press('2');
    expect(ratingGroup('Rating for Q1').getByRole('radio', { name: '2 Mixed' })).toBeChecked();
    await expectStatus('Saved');
  });

  it('o toggles the overview, which lists every question with its state and jumps to one', async () => {
    const scorecard = aScorecard({ answers: [anAnswer('q-1', 3, 'Clear on deprecation'), anAnswer('q-2', null, '', true)] });
    renderInterview([interviewMock(scorecard)]);
    await screen.findByRole('heading', { level: 2, name: /^Q1/ });

    press('o');
    const overview = within(screen.getByRole('navigation', { name: 'Overview' }));
    expect(overview.getByTestId('overview-q1')).toHaveTextContent('3 · Strong');
    expect(overview.getByTestId('overview-q1')).toHaveTextContent('Notes');
    expect(overview.getByTestId('overview-q2')).toHaveTextContent('Not asked');
    expect(overview.getByTestId('overview-q3')).toHaveTextContent('Unanswered');
    expect(overview.getByTestId('overview-q1')).toHaveFocus();

    fireEvent.click(overview.getByTestId('overview-q3'));
    expect(await screen.findByRole('heading', { level: 2, name: /^Q3/ })).toHaveFocus();
    expect(screen.queryByRole('navigation', { name: 'Overview' })).not.toBeInTheDocument();
  });

  it('pre-fills competency ratings from the answers, lets the interviewer adjust them and return to the pre-fill', async () => {
    const scorecard = aScorecard({ answers: [anAnswer('q-1', 3), anAnswer('q-2', 4)] });
    const adjusted = saveMock(
      { version: 4, competencyRatings: [{ competency: 'api-design', rating: 2 }] },
      aScorecard({ version: 5, answers: scorecard.answers, competencyRatings: [aCompetencyRating('api-design', 2)] }),
    );
    const reset = saveMock(
      { version: 5, competencyRatings: [{ competency: 'api-design', rating: null }] },
      aScorecard({ version: 6, answers: scorecard.answers, competencyRatings: [aCompetencyRating('api-design', null)] }),
    );
    renderInterview([interviewMock(scorecard), adjusted, reset], '?q=wrap-up');

    const api = within(await screen.findByTestId('competency-api-design'));
    expect(api.getByText('Pre-filled from 2 answers')).toBeInTheDocument();
    expect(ratingGroup('Rating for API design').getByRole('radio', { name: '4 Exceptional' })).toBeChecked();
    expect(within(screen.getByTestId('competency-reliability')).getByText(/No rated answers to pre-fill from/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '1 question without a rating' })).toBeInTheDocument();

    fireEvent.click(ratingGroup('Rating for API design').getByRole('radio', { name: '2 Mixed' }));
    expect(ratingGroup('Rating for API design').getByRole('radio', { name: '2 Mixed' })).toBeChecked();
    expect(api.getByText(/Adjusted by you · the pre-fill is 4 · Exceptional from 2 answers/)).toBeInTheDocument();
    await expectStatus('Saved');

    fireEvent.click(api.getByRole('button', { name: 'Use the pre-fill for API design' }));
    expect(ratingGroup('Rating for API design').getByRole('radio', { name: '4 Exceptional' })).toBeChecked();
    expect(api.getByText('Pre-filled from 2 answers')).toBeInTheDocument();
    await expectStatus('Saved');
    expect(reset.result).toHaveBeenCalledTimes(1);
  });

  it('shows what blocks a submit next to the recommendation and the summary', async () => {
    renderInterview([interviewMock()], '?q=wrap-up');
    fireEvent.click(await screen.findByTestId('submit-scorecard'));

    expect(screen.getByRole('radiogroup', { name: 'Overall recommendation' })).toHaveAccessibleDescription(
      /Choose an overall recommendation/,
    );
    const summary = screen.getByRole('textbox', { name: 'Summary' });
    expect(summary).toHaveAccessibleDescription('Write a short summary of the evidence before submitting.');
    expect(summary).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Strong no' })).toHaveFocus());
  });

  it('shows the server’s submit error next to the field it names', async () => {
    const ready = aScorecard({
      recommendation: 'YES',
      summary: 'Good',
      answers: [anAnswer('q-1', 3), anAnswer('q-2', 3), anAnswer('q-3', 3)],
    });
    const submit = {
      request: { query: SubmitScorecardDocument, variables: { id: 'sc-1', version: 4 } },
      result: { errors: [apiError('BAD_USER_INPUT', 'The summary must say what the candidate did.', 'summary')] },
    };
    renderInterview([interviewMock(ready), submit], '?q=wrap-up');
    await screen.findByTestId('wrap-up-step');

    press('Enter', { ctrlKey: true });
    const summary = screen.getByRole('textbox', { name: 'Summary' });
    expect(await screen.findByText('The summary must say what the candidate did.')).toBeInTheDocument();
    expect(summary).toHaveAccessibleDescription('The summary must say what the candidate did.');
    expect(summary).toHaveFocus();
  });

  it('after submit shows the scorecard locked, with Amend; a forbidden history is simply not shown', async () => {
    const ready = aScorecard({
      recommendation: 'STRONG_YES',
      summary: 'Excellent systems thinking',
      answers: [anAnswer('q-1', 4, 'Deprecation plan'), anAnswer('q-2', 3)],
    });
    const submitted = aScorecard({
      ...ready,
      status: 'SUBMITTED',
      version: 5,
      revision: 1,
      submittedAt: '2026-11-02T10:00:00.000Z',
      answers: [...ready.answers, anAnswer('q-3', null, '', true)],
    });
    const submit = {
      request: { query: SubmitScorecardDocument, variables: { id: 'sc-1', version: 4 } },
      result: { data: { submitScorecard: submitted } },
    };
    const history = {
      request: { query: InterviewModeHistoryDocument, variables: { id: 'sc-1' } },
      result: { errors: [apiError('FORBIDDEN', 'Not for you.')] },
    };
    renderInterview([interviewMock(ready), submit, history], '?q=wrap-up');
    await screen.findByTestId('wrap-up-step');

    await act(async () => {
      fireEvent.click(screen.getByTestId('submit-scorecard'));
      await Promise.resolve();
    });
    expect(await screen.findByTestId('scorecard-locked')).toHaveTextContent('Submitted');
    expect(screen.getByTestId('scorecard-readonly')).toHaveTextContent('Strong yes');
    expect(screen.getByTestId('scorecard-readonly')).toHaveTextContent('Deprecation plan');
    expect(screen.getByRole('button', { name: 'Amend' })).toBeInTheDocument();
    expect(screen.queryByTestId('submit-scorecard')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Revision history' })).not.toBeInTheDocument();
  });

  it('amends a submitted scorecard with a required reason, sending only what changed, and lists the history', async () => {
    const submitted = aScorecard({
      status: 'SUBMITTED',
      version: 5,
      revision: 1,
      recommendation: 'YES',
      summary: 'Good',
      submittedAt: '2026-11-02T10:00:00.000Z',
      answers: [anAnswer('q-1', 3), anAnswer('q-2', 3), anAnswer('q-3', null, '', true)],
      competencyRatings: [aCompetencyRating('api-design', 3), aCompetencyRating('reliability', null)],
    });
    const revision = (number: number, reason: string, recommendation: string) => ({
      __typename: 'ScorecardRevision' as const,
      revision: number,
      reason,
      createdAt: '2026-11-02T10:00:00.000Z',
      createdByName: 'Ivo Interviewer',
      content: { __typename: 'ScorecardContent' as const, recommendation, summary: 'Good' },
    });
    const history = (entries: ReturnType<typeof revision>[]) => ({
      request: { query: InterviewModeHistoryDocument, variables: { id: 'sc-1' } },
      result: { data: { scorecard: { __typename: 'Scorecard' as const, id: 'sc-1', history: entries } } },
    });
    const amend = {
      request: {
        query: AmendScorecardDocument,
        variables: { input: { scorecardId: 'sc-1', version: 5, reason: 'Re-read my notes.', recommendation: 'STRONG_YES' } },
      },
      result: { data: { amendScorecard: { ...submitted, version: 6, revision: 2, recommendation: 'STRONG_YES' } } },
    };
    renderInterview([
      interviewMock(submitted),
      history([revision(1, 'Submitted', 'YES')]),
      amend,
      history([revision(2, 'Re-read my notes.', 'STRONG_YES'), revision(1, 'Submitted', 'YES')]),
    ]);
    expect(await screen.findByRole('heading', { name: 'Revision history' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Amend' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Strong yes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save amendment' }));
    const reason = screen.getByRole('textbox', { name: 'Reason for the amendment' });
    expect(reason).toHaveAccessibleDescription(/Say why you are amending/);
    await waitFor(() => expect(reason).toHaveFocus());

    fireEvent.change(reason, { target: { value: 'Re-read my notes.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(await screen.findByText('Amendment saved as revision 2.')).toBeInTheDocument();
    expect(await screen.findByText('Revision 2')).toBeInTheDocument();
    expect(screen.getByTestId('scorecard-readonly')).toHaveTextContent('Strong yes');
  });
});
