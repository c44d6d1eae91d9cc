import { ApolloLink } from '@apollo/client';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Kind, OperationTypeNode } from 'graphql';
import { getMainDefinition } from '@apollo/client/utilities';
import { MemoryRouter, Route, Routes } from 'react-router';
import { InterviewLoopDocument, KitsDocument, MembersDocument, ScheduleInterviewDocument } from '../../generated/graphql';
import { ViewerContext } from '../../modules/auth/hooks/useViewer';
import { fromDateTimeLocal } from '../../modules/interviews/utils/interview-time';
import { aViewer } from '../../testing/fixtures';
import { KIT_LIST, LOOP_TEAM, aLoop, aQuestion, aSeat, anInterview } from '../../testing/loop-fixtures';
import { LoopPage } from './LoopPage';

const design = anInterview('iv-1', {
  panel: [aSeat('sc-dana', 'Dana Interviewer', 'SUBMITTED'), aSeat('sc-ivo', 'Ivo Interviewer', 'PENDING')],
  questions: [aQuestion('q-1', 'Design a URL shortener'), aQuestion('q-2', 'Tell me about a time you disagreed')],
});
const screenInterview = anInterview('iv-2', {
  roundName: 'Phone screen',
  scheduledAt: '2026-11-02T09:00:00.000Z',
  panel: [aSeat('sc-hana', 'Hana Manager', 'DRAFT', { interviewId: 'iv-2' })],
  questions: [aQuestion('q-2', 'Tell me about a time you disagreed')],
});
const loop = aLoop([screenInterview, design], [{ questionId: 'q-2', interviewIds: ['iv-2', 'iv-1'] }]);

const loopMock = (interviewLoop = loop) => ({
  request: { query: InterviewLoopDocument, variables: { id: 'loop-1' } },
  result: { data: { interviewLoop } },
  maxUsageCount: 5,
});
const membersMock = { request: { query: MembersDocument }, result: { data: { members: LOOP_TEAM } }, maxUsageCount: 5 };
const kitsMock = { request: { query: KitsDocument }, result: { data: { kits: KIT_LIST } }, maxUsageCount: 5 };

function isSubscription(operation: ApolloLink.Operation) {
  const definition = getMainDefinition(operation.query);
  return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
}

/** Queries and mutations answer from mocks; the test pushes subscription events itself. */
function renderLoopPage({
  interviewLoop = loop,
  mocks = [],
  role = 'RECRUITER',
}: { interviewLoop?: typeof loop; mocks?: ReadonlyArray<MockLink.MockedResponse>; role?: 'RECRUITER' | 'INTERVIEWER' } = {}) {
  const subscriptions = new MockSubscriptionLink();
  const link = ApolloLink.split(isSubscription, subscriptions, new MockLink([loopMock(interviewLoop), membersMock, kitsMock, ...mocks]));
  render(
    <MockedProvider link={link}>
      <MemoryRouter initialEntries={['/loops/loop-1']}>
        <ViewerContext.Provider value={aViewer(role)}>
          <Routes>
            <Route path="/loops/:id" element={<LoopPage />} />
          </Routes>
        </ViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
  return subscriptions;
}

const seatOf = (name: string) => screen.getAllByTestId('panel-seat').find((seat) => seat.dataset.interviewer === name) as HTMLElement;

describe('LoopPage', () => {
  it('shows each interview with its round, kit, length and every interviewer’s status', async () => {
    renderLoopPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Casey Candidate' })).toBeInTheDocument();
    const cards = screen.getAllByTestId('loop-interview');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual(['Phone screen', 'System design']);
    expect(within(cards[1]).getByText('Kit: Backend — system design')).toBeInTheDocument();
    expect(within(cards[1]).getByText('60 min')).toBeInTheDocument();
    expect(within(cards[1]).getByText('1 of 2 submitted')).toBeInTheDocument();

    expect(within(seatOf('Dana Interviewer')).getByTestId('panel-seat-status')).toHaveTextContent('Submitted');
    expect(within(seatOf('Ivo Interviewer')).getByTestId('panel-seat-status')).toHaveTextContent('Pending');
    expect(within(seatOf('Hana Manager')).getByTestId('panel-seat-status')).toHaveTextContent('Draft');
    // Scoring has started in both interviews, so neither can be cancelled.
    expect(screen.queryByRole('button', { name: 'Cancel interview' })).not.toBeInTheDocument();
  });

  it('warns about a question asked in two interviews of the loop', async () => {
    renderLoopPage();

    const warning = await screen.findByRole('note');
    expect(warning).toHaveTextContent('“Tell me about a time you disagreed”');
    expect(warning).toHaveTextContent('Question asked in 2 interviews of this loop: Phone screen, System design.');
  });

  it('updates a seat and announces it when a colleague submits, without reloading', async () => {
    const subscriptions = renderLoopPage();
    await screen.findByRole('heading', { level: 1, name: 'Casey Candidate' });
    const live = screen.getByTestId('panel-progress-live');
    expect(live).toHaveAttribute('aria-live', 'polite');

    act(() => {
      subscriptions.simulateResult({ result: { data: { panelProgress: aSeat('sc-ivo', 'Ivo Interviewer', 'SUBMITTED') } } });
    });

    expect(await screen.findByText('Ivo Interviewer submitted their scorecard')).toBe(live);
    expect(within(seatOf('Ivo Interviewer')).getByTestId('panel-seat-status')).toHaveTextContent('Submitted');
    expect(screen.getByText('2 of 2 submitted')).toBeInTheDocument();
  });

  it('checks the schedule form before sending it', async () => {
    renderLoopPage();
    const form = await screen.findByRole('form', { name: 'Schedule an interview' });

    // Every round of the job already has an interview, so nothing is preselected.
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule interview' }));
    expect(await within(form).findByText('Choose a round of the job or a kit.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Round')).toHaveFocus();

    fireEvent.change(within(form).getByLabelText('Round'), { target: { value: 'round:round-screen' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule interview' }));
    expect(await within(form).findByText('Choose the date and time of the interview.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Date and time')).toHaveFocus();

    fireEvent.change(within(form).getByLabelText('Date and time'), { target: { value: '2026-11-10T14:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule interview' }));
    expect(await within(form).findByText('Choose at least one interviewer.')).toBeInTheDocument();
  });

  it('offers only active scorers as interviewers and schedules the next round with them', async () => {
    const scheduled = jest.fn(() => ({ data: { scheduleInterview: anInterview('iv-3', { roundName: 'Phone screen' }) } }));
    const scheduleMock = {
      request: {
        query: ScheduleInterviewDocument,
        variables: {
          input: {
            loopId: 'loop-1',
            roundId: 'round-screen',
            kitId: null,
            scheduledAt: fromDateTimeLocal('2026-11-10T14:00'),
            durationMinutes: 30,
            interviewerIds: ['user-ivo'],
          },
        },
      },
      result: scheduled,
    };
    renderLoopPage({ interviewLoop: aLoop([design]), mocks: [scheduleMock] });
    const form = await screen.findByRole('form', { name: 'Schedule an interview' });

    const interviewers = within(form).getByRole('group', { name: /Interviewers/ });
    expect(
      within(interviewers)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.querySelector('.interviewer-picker__name')?.textContent),
    ).toEqual(['Ada Admin', 'Hana Manager', 'Ivo Interviewer', 'Dana Interviewer']);
    // The phone screen is the job's first round without an interview: it is preselected, with its kit's length.
    expect(within(form).getByLabelText('Round')).toHaveValue('round:round-screen');
    expect(within(form).getByLabelText('Length (minutes)')).toHaveValue(30);
    fireEvent.change(within(form).getByLabelText('Date and time'), { target: { value: '2026-11-10T14:00' } });
    fireEvent.click(within(interviewers).getByRole('checkbox', { name: /Ivo Interviewer/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule interview' }));

    expect(await screen.findByText('Interview scheduled. It is on each interviewer’s My interviews page.')).toBeInTheDocument();
    expect(scheduled).toHaveBeenCalledTimes(1);
  });

  it('tells an interviewer that loops are not theirs to see', () => {
    renderLoopPage({ role: 'INTERVIEWER' });

    expect(screen.getByText(/Your role \(Interviewer\) cannot see candidates’ interview loops/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your interviews' })).toHaveAttribute('href', '/my-interviews');
  });
});
