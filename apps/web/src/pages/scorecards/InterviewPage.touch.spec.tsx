import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { InterviewModeDocument, SaveScorecardDraftDocument } from '../../generated/graphql';
import { aScorecard, anAnswer, anInterview, type ScorecardFixture } from '../../modules/scorecards/__tests__/interview-fixtures';
import { PHONE_QUERY, TOUCH_QUERY } from '../../modules/ui';
import { aViewer } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { InterviewPage } from './InterviewPage';

function interviewMock(scorecard: ScorecardFixture = aScorecard()) {
  return { request: { query: InterviewModeDocument, variables: { id: 'int-1' } }, result: { data: { interview: anInterview(scorecard) } } };
}

/** Pretends the listed media queries match, as on a phone held by an interviewer. */
function matchOnly(queries: readonly string[]) {
  window.matchMedia = ((query: string) => ({
    matches: queries.includes(query),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
}

function renderInterview(mocks: Parameters<typeof renderWithApp>[1] extends infer O ? (O extends { mocks?: infer M } ? M : never) : never) {
  return renderWithApp(<InterviewPage />, { mocks, path: '/interviews/int-1', route: '/interviews/:id', viewer: aViewer('INTERVIEWER') });
}

describe('InterviewPage on a touch phone', () => {
  const realMatchMedia = window.matchMedia;
  beforeEach(() => {
    localStorage.clear();
    matchOnly([TOUCH_QUERY, PHONE_QUERY]);
  });
  afterEach(() => {
    window.matchMedia = realMatchMedia;
  });

  it('puts the rubric before the rating, the rating in the bar at the bottom, and shows no keyboard hints', async () => {
    renderInterview([interviewMock()]);
    const heading = await screen.findByRole('heading', { level: 2, name: /^Q1/ });

    const bar = within(screen.getByTestId('interview-bar'));
    const rating = bar.getByRole('radiogroup', { name: 'Rating for Q1' });
    expect(
      within(rating)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['1', '2', '3', '4', 'not-asked']);
    expect(bar.getByRole('button', { name: /Next/ })).toBeInTheDocument();
    expect(screen.getAllByRole('radiogroup', { name: 'Rating for Q1' })).toHaveLength(1);

    // Reading order: prompt, rubric, then what the ratings mean and the notes.
    const rubric = screen.getByRole('complementary', { name: 'Rubric for Q1' });
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    expect(heading.compareDocumentPosition(rubric) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(rubric.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('What the ratings mean')).toBeInTheDocument();

    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
    expect(document.querySelector('.im-page kbd')).toBeNull();
    expect(screen.getByText(/The evidence behind the rating/)).not.toHaveTextContent('Press n');
  });

  it('hints at no keys in the overview and the wrap-up either', async () => {
    renderInterview([interviewMock()]);
    await screen.findByRole('heading', { level: 2, name: /^Q1/ });

    fireEvent.click(within(screen.getByTestId('interview-bar')).getByRole('button', { name: 'Overview' }));
    expect(screen.getByRole('navigation', { name: 'Overview' })).not.toHaveTextContent(/Press/);
    for (let step = 0; step < 3; step++) fireEvent.click(screen.getByTestId('next-question'));

    expect(await screen.findByRole('heading', { level: 2, name: 'Wrap-up' })).toBeInTheDocument();
    expect(document.querySelector('.im-page kbd')).toBeNull();
    expect(screen.getByTestId('wrap-up-step')).not.toHaveTextContent(/Ctrl|⌘/);
    expect(screen.getByText(/A submitted scorecard is locked/)).toBeInTheDocument();
  });

  it('rates from the bar and saves at once', async () => {
    const rated = {
      request: {
        query: SaveScorecardDraftDocument,
        variables: { input: { scorecardId: 'sc-1', version: 4, answers: [{ questionId: 'q-1', rating: 3, notAsked: false, notes: '' }] } },
      },
      result: jest.fn(() => ({ data: { saveScorecardDraft: aScorecard({ version: 5, answers: [anAnswer('q-1', 3)] }) } })),
    };
    renderInterview([interviewMock(), rated]);
    await screen.findByRole('heading', { level: 2, name: /^Q1/ });

    fireEvent.click(within(screen.getByTestId('interview-bar')).getByRole('radio', { name: /^3/ }));

    await waitFor(() => expect(rated.result).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('interview-bar')).toHaveTextContent('1 question answered');
  });
});

describe('InterviewPage in a phone-sized window with a keyboard', () => {
  const realMatchMedia = window.matchMedia;
  beforeEach(() => {
    localStorage.clear();
    matchOnly([PHONE_QUERY]);
  });
  afterEach(() => {
    window.matchMedia = realMatchMedia;
  });

  it('keeps the bar to what fits: the rating and the buttons, without the legend or key hints', async () => {
    renderInterview([interviewMock()]);
    await screen.findByRole('heading', { level: 2, name: /^Q1/ });

    const bar = screen.getByTestId('interview-bar');
    expect(within(bar).getByRole('radiogroup', { name: 'Rating for Q1' })).toBeInTheDocument();
    expect(within(bar).queryByRole('region', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
    expect(bar.querySelector('kbd')).toBeNull();
  });
});

describe('InterviewPage on a laptop', () => {
  beforeEach(() => localStorage.clear());

  it('shows the keys: the legend in the bar and Ctrl+Enter beside Submit', async () => {
    renderInterview([interviewMock()]);
    await screen.findByRole('heading', { level: 2, name: /^Q1/ });
    expect(within(screen.getByTestId('interview-bar')).getByTestId('shortcut-legend')).toBeInTheDocument();

    for (let step = 0; step < 3; step++) fireEvent.click(screen.getByTestId('next-question'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Wrap-up' })).toBeInTheDocument();
    expect(screen.getByTestId('wrap-up-step')).toHaveTextContent('Ctrl+Enter submits.');
  });
});

describe('InterviewPage progress', () => {
  beforeEach(() => localStorage.clear());

  it('counts rated questions as answered, and those marked Not asked apart', async () => {
    renderInterview([interviewMock(aScorecard({ answers: [anAnswer('q-1', 3), anAnswer('q-2', null, '', true)] }))]);
    await screen.findByRole('heading', { level: 2, name: /^Q1/ });

    expect(screen.getByTestId('interview-bar')).toHaveTextContent('1 question answered, 1 not asked');
  });
});

describe('InterviewPage before the interview starts', () => {
  beforeEach(() => localStorage.clear());

  it('says when the interview starts and keeps Submit disabled until then, as the server would refuse it', async () => {
    const later = new Date(Date.now() + 3 * 60 * 60 * 1000).toISOString();
    const interview = { ...anInterview(aScorecard()), scheduledAt: later };
    renderInterview([{ request: { query: InterviewModeDocument, variables: { id: 'int-1' } }, result: { data: { interview } } }]);
    await screen.findByRole('heading', { level: 2, name: /^Q1/ });

    fireEvent.click(screen.getByTestId('next-question'));
    fireEvent.click(screen.getByTestId('next-question'));
    fireEvent.click(screen.getByTestId('next-question'));

    expect(await screen.findByRole('heading', { level: 2, name: 'Wrap-up' })).toBeInTheDocument();
    expect(screen.getByText(/This interview starts .* submit once it has started\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit scorecard' })).toBeDisabled();
  });
});
