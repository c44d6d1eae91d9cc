import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { InterviewModeDocument, InterviewModeScorecardDocument, SaveScorecardDraftDocument } from '../../generated/graphql';
import { aScorecard, anAnswer, anInterview, type ScorecardFixture } from '../../modules/scorecards/__tests__/interview-fixtures';
import { pendingKey } from '../../modules/scorecards/utils/pending-store';
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

function renderInterview(mocks: ReadonlyArray<MockLink.MockedResponse>) {
  return renderWithApp(<InterviewPage />, { mocks, path: '/interviews/int-1', route: '/interviews/:id', viewer: aViewer('INTERVIEWER') });
}

const OFFLINE = 'Offline — changes kept on this device';

/** The save indicator (the live region in the header) settles on `text`. */
async function expectStatus(text: string) {
  await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(text));
}

describe('InterviewPage autosave', () => {
  let online = true;
  beforeEach(() => {
    localStorage.clear();
    online = true;
    jest.spyOn(window.navigator, 'onLine', 'get').mockImplementation(() => online);
  });
  afterEach(() => jest.restoreAllMocks());

  it('offline, keeps the queue in localStorage and replays it on the online event', async () => {
    online = false;
    const replay = saveMock(
      { version: 4, answers: [{ questionId: 'q-1', rating: 4, notAsked: false, notes: '' }] },
      aScorecard({ version: 5, answers: [anAnswer('q-1', 4)] }),
    );
    renderInterview([interviewMock(), replay]);
    await screen.findByRole('heading', { level: 2, name: /^Q1/ });
    expect(screen.getByTestId('save-status')).toHaveTextContent(OFFLINE);

    fireEvent.keyDown(document.body, { key: '4' });
    expect(within(screen.getByRole('radiogroup', { name: 'Rating for Q1' })).getByRole('radio', { name: '4 Exceptional' })).toBeChecked();
    expect(screen.getByTestId('save-status')).toHaveTextContent(OFFLINE);
    const kept = JSON.parse(localStorage.getItem(pendingKey('sc-1')) ?? 'null');
    expect(kept).toMatchObject({
      baseVersion: 4,
      base: { answers: [] },
      local: { answers: [{ questionId: 'q-1', rating: 4, notAsked: false, notes: '' }] },
    });
    expect(replay.result).not.toHaveBeenCalled();

    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
      await Promise.resolve();
    });
    await expectStatus('Saved');
    expect(replay.result).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(pendingKey('sc-1'))).toBeNull();
  });

  it('goes offline on the offline event and on a network error, and replays what a reload found on this device', async () => {
    localStorage.setItem(
      pendingKey('sc-1'),
      JSON.stringify({
        baseVersion: 4,
        base: { answers: [], competencyRatings: [], recommendation: null, summary: '' },
        local: {
          answers: [{ questionId: 'q-2', rating: 2, notAsked: false, notes: 'Typed before the reload' }],
          competencyRatings: [],
          recommendation: null,
          summary: '',
        },
        conflicts: [],
        savedAt: '2026-11-02T09:10:00.000Z',
      }),
    );
    const replay = saveMock(
      { version: 4, answers: [{ questionId: 'q-2', rating: 2, notAsked: false, notes: 'Typed before the reload' }] },
      aScorecard({ version: 5, answers: [anAnswer('q-2', 2, 'Typed before the reload')] }),
    );
    const unreachable = {
      request: {
        query: SaveScorecardDraftDocument,
        variables: { input: { scorecardId: 'sc-1', version: 5, answers: [{ questionId: 'q-1', rating: 1, notAsked: false, notes: '' }] } },
      },
      error: new TypeError('Failed to fetch'),
    };
    renderInterview([interviewMock(), replay, unreachable]);

    expect(await screen.findByText(/were restored and saved/)).toBeInTheDocument();
    expect(replay.result).toHaveBeenCalledTimes(1);

    await act(async () => {
      window.dispatchEvent(new Event('offline'));
      await Promise.resolve();
    });
    expect(screen.getByTestId('save-status')).toHaveTextContent(OFFLINE);
    await act(async () => {
      window.dispatchEvent(new Event('online'));
      await Promise.resolve();
    });
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saved');

    fireEvent.keyDown(document.body, { key: '1' });
    await expectStatus(OFFLINE);
    expect(JSON.parse(localStorage.getItem(pendingKey('sc-1')) ?? 'null')).toMatchObject({ baseVersion: 5 });
  });

  it('on a CONFLICT merges with the latest scorecard and offers Keep mine, Keep theirs and Keep both for notes edited on both sides', async () => {
    const stale = {
      request: {
        query: SaveScorecardDraftDocument,
        variables: {
          input: {
            scorecardId: 'sc-1',
            version: 4,
            answers: [{ questionId: 'q-1', rating: null, notAsked: false, notes: 'Clear on TTLs. Missed eviction.' }],
          },
        },
      },
      result: { errors: [apiError('CONFLICT', 'This scorecard changed in another tab or device since this edit was made.', 'version')] },
    };
    const latest = {
      request: { query: InterviewModeScorecardDocument, variables: { id: 'sc-1' } },
      result: {
        data: { scorecard: aScorecard({ version: 5, answers: [anAnswer('q-1', null, 'Clear on TTLs. Good pace.'), anAnswer('q-3', 2)] }) },
      },
    };
    const keepBoth = saveMock(
      { version: 5, answers: [{ questionId: 'q-1', rating: null, notAsked: false, notes: 'Clear on TTLs. Good pace. Missed eviction.' }] },
      aScorecard({ version: 6, answers: [anAnswer('q-1', null, 'Clear on TTLs. Good pace. Missed eviction.'), anAnswer('q-3', 2)] }),
    );
    renderInterview([interviewMock(), stale, latest, keepBoth]);
    const notes = await screen.findByRole('textbox', { name: 'Notes' });

    fireEvent.change(notes, { target: { value: 'Clear on TTLs. Missed eviction.' } });
    const conflict = within(await screen.findByRole('group', { name: 'Conflict: Notes on Q1' }, { timeout: 3000 }));
    expect(screen.getByTestId('save-status')).toHaveTextContent('Conflict');
    expect(conflict.getByText('Clear on TTLs. Missed eviction.')).toBeInTheDocument();
    expect(conflict.getByText('Clear on TTLs. Good pace.')).toBeInTheDocument();
    expect(conflict.getByRole('button', { name: 'Keep mine' })).toBeInTheDocument();
    expect(conflict.getByRole('button', { name: 'Keep theirs' })).toBeInTheDocument();
    // Until a choice is made the other version shows, and nothing of theirs was overwritten.
    expect(notes).toHaveValue('Clear on TTLs. Good pace.');

    // Keep both merges the texts: the sentence both wrote appears once.
    fireEvent.click(conflict.getByRole('button', { name: 'Keep both' }));
    expect(notes).toHaveValue('Clear on TTLs. Good pace. Missed eviction.');
    await expectStatus('Saved');
    expect(keepBoth.result).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('conflict-panel')).not.toBeInTheDocument();
  });

  it('a tab coming back into view reads what another tab or device saved, instead of showing "Saved" beside stale text', async () => {
    const latest = {
      request: { query: InterviewModeScorecardDocument, variables: { id: 'sc-1' } },
      result: { data: { scorecard: aScorecard({ version: 7, answers: [anAnswer('q-1', 3, 'Written in the other tab.')] }) } },
    };
    renderInterview([interviewMock(), latest]);
    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    expect(notes).toHaveValue('');

    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });

    await waitFor(() => expect(notes).toHaveValue('Written in the other tab.'));
    expect(screen.getByRole('radiogroup', { name: 'Rating for Q1' })).toHaveTextContent('3');
    expect(within(screen.getByRole('radiogroup', { name: 'Rating for Q1' })).getByRole('radio', { name: /^3/ })).toBeChecked();
    await expectStatus('Saved');
  });
});
