import { fireEvent, screen, within } from '@testing-library/react';
import { PanelScorecardDocument, RecordHiringDecisionDocument } from '../../../generated/graphql';
import { PanelScorecardPage } from '../../../pages/panel-scorecards/PanelScorecardPage';
import { aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { aDecision, aPanel } from './panel-fixtures';

const RATIONALE_ERROR = 'Write the rationale for the decision (10 to 5000 characters): it is kept in the audit trail.';
const earlier = aDecision('dec-0', 'HOLD', 'Waiting for the reference check.');

function renderDecider(mutations: unknown[]) {
  renderWithApp(<PanelScorecardPage />, {
    viewer: aViewer('HIRING_MANAGER', { name: 'Hana Manager' }),
    path: '/loops/loop-1/scorecard',
    route: '/loops/:loopId/scorecard',
    mocks: [
      {
        request: { query: PanelScorecardDocument, variables: { loopId: 'loop-1' } },
        result: { data: { panelScorecard: aPanel({ canDecide: true, decision: earlier, decisions: [earlier] }) } },
        maxUsageCount: 5,
      },
      ...(mutations as never[]),
    ],
  });
}

const recordMock = (rationale: string, result: object) => ({
  request: { query: RecordHiringDecisionDocument, variables: { input: { loopId: 'loop-1', decision: 'HIRE', rationale } } },
  result,
});

describe('Decision panel', () => {
  it('says plainly that Panelist never decides', async () => {
    renderDecider([]);

    expect(await screen.findByText(/Panelist never decides/)).toBeInTheDocument();
    expect(screen.getByTestId('current-decision')).toHaveTextContent('Current decision: Hold');
  });

  it('asks for a decision and a rationale before sending anything', async () => {
    renderDecider([]);
    const form = await screen.findByRole('form', { name: 'Record the hiring decision' });

    fireEvent.click(within(form).getByRole('button', { name: 'Record decision' }));

    expect(await within(form).findByText('Choose Hire, No hire or Hold.')).toBeInTheDocument();
    expect(within(form).getByText('Write the rationale for the decision: it is kept in the audit trail.')).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: 'Hire' })).toHaveFocus();
  });

  it('shows the server’s rationale error beside the field', async () => {
    renderDecider([recordMock('Too short', { errors: [apiError('BAD_USER_INPUT', RATIONALE_ERROR, 'rationale')] })]);
    const form = await screen.findByRole('form', { name: 'Record the hiring decision' });

    fireEvent.click(within(form).getByRole('radio', { name: 'Hire' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Rationale' }), { target: { value: 'Too short' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record decision' }));

    const rationale = within(form).getByRole('textbox', { name: 'Rationale' });
    expect(await within(form).findByText(RATIONALE_ERROR)).toBeInTheDocument();
    expect(rationale).toHaveAttribute('aria-invalid', 'true');
    expect(rationale).toHaveAccessibleDescription(RATIONALE_ERROR);
    expect(rationale).toHaveFocus();
    expect(screen.getAllByTestId('decision-trail-entry')).toHaveLength(1);
  });

  it('records the decision and shows it at the top of the trail', async () => {
    const rationale = 'Strong system design; the panel agreed after the debrief.';
    const recorded = { ...aDecision('dec-1', 'HIRE', rationale), decidedAt: '2026-11-04T09:30:00.000Z' };
    renderDecider([recordMock(rationale, { data: { recordHiringDecision: recorded } })]);
    const form = await screen.findByRole('form', { name: 'Record the hiring decision' });

    fireEvent.click(within(form).getByRole('radio', { name: 'Hire' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Rationale' }), { target: { value: rationale } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record decision' }));

    expect(await screen.findByText('Decision recorded: Hire.')).toBeInTheDocument();
    const trail = screen.getByRole('list', { name: 'Decision trail' });
    const entries = within(trail).getAllByTestId('decision-trail-entry');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('Hire');
    expect(entries[0]).toHaveTextContent('by Hana Manager');
    expect(entries[0]).toHaveTextContent(rationale);
    expect(entries[1]).toHaveTextContent('Waiting for the reference check.');
    expect(screen.getByTestId('current-decision')).toHaveTextContent('Current decision: Hire');
    expect(within(form).getByRole('textbox', { name: 'Rationale' })).toHaveValue('');
  });

  it('shows the trail without the form to someone who may not decide', async () => {
    renderWithApp(<PanelScorecardPage />, {
      viewer: aViewer('RECRUITER'),
      path: '/loops/loop-1/scorecard',
      route: '/loops/:loopId/scorecard',
      mocks: [
        {
          request: { query: PanelScorecardDocument, variables: { loopId: 'loop-1' } },
          result: { data: { panelScorecard: aPanel({ decision: earlier, decisions: [earlier] }) } },
        },
      ],
    });

    expect(await screen.findByText('Only this job’s hiring manager or an admin records the decision.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record the hiring decision' })).not.toBeInTheDocument();
    expect(screen.getByTestId('decision-trail-entry')).toHaveTextContent('Waiting for the reference check.');
  });
});
