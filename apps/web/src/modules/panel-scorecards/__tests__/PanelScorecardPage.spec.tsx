import { EXPLANATIONS } from '@panelist/scoring';
import { screen, within } from '@testing-library/react';
import { PanelScorecardDocument } from '../../../generated/graphql';
import { PanelScorecardPage } from '../../../pages/panel-scorecards/PanelScorecardPage';
import { aViewer } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { FIGURE_EXPLANATIONS } from '../utils/figure-explanations';
import { aMissing, aPanel, aTally, person } from './panel-fixtures';

type Role = Parameters<typeof aViewer>[0];

function renderPanel(panel = aPanel(), role: Role = 'RECRUITER') {
  return renderWithApp(<PanelScorecardPage />, {
    viewer: aViewer(role),
    path: '/loops/loop-1/scorecard',
    route: '/loops/:loopId/scorecard',
    mocks: [
      {
        request: { query: PanelScorecardDocument, variables: { loopId: 'loop-1' } },
        result: { data: { panelScorecard: panel } },
        maxUsageCount: 5,
      },
    ],
  });
}

const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.trim());

describe('PanelScorecardPage', () => {
  it('shows the candidate, the job and whose scorecard is missing', async () => {
    renderPanel();

    expect(await screen.findByRole('heading', { level: 1, name: 'Casey Candidate' })).toBeInTheDocument();
    expect(screen.getByText(/^for/)).toHaveTextContent('for Senior Backend Engineer');
    const progress = screen.getByTestId('submission-progress');
    expect(progress).toHaveTextContent('Submitted: 2 of 3 scorecards');
    expect(within(progress).getByText('Missing scorecards')).toBeInTheDocument();
    expect(progress).toHaveTextContent('Pat Pending (Technical) — not started');
    expect(screen.getByRole('link', { name: 'Compare candidates' })).toHaveAttribute('href', '/jobs/job-1/compare');
  });

  it('lays out interviewers × competencies with each competency’s figures beneath', async () => {
    renderPanel();

    const grid = await screen.findByRole('table', { name: /Ratings by interviewer and competency/ });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers[0]).toBe('Interviewer');
    expect(headers[1]).toContain('System design');
    expect(headers[2]).toBe('Databases');

    const [dana, ivo] = within(grid).getAllByTestId('score-grid-row');
    expect(within(dana).getByRole('rowheader')).toHaveTextContent('Dana InterviewerTechnical');
    expect(cellTexts(dana)).toEqual(['4', '3', 'Strong yes', '+0.35 lenient']);
    expect(cellTexts(ivo)).toEqual(['1', '3', 'No', '−0.10 in line']);

    const row = (name: string) => within(grid).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(cellTexts(row('n')).slice(0, 2)).toEqual(['2', '2']);
    expect(cellTexts(row('Mean')).slice(0, 2)).toEqual(['2.50', '3.00']);
    expect(cellTexts(row('Median')).slice(0, 2)).toEqual(['2.50', '3.00']);
    expect(cellTexts(row('Min')).slice(0, 2)).toEqual(['1.00', '3.00']);
    expect(cellTexts(row('Max')).slice(0, 2)).toEqual(['4.00', '3.00']);
  });

  it('flags the competency the panel disagrees on with an icon and words, not colour alone', async () => {
    renderPanel();

    const grid = await screen.findByRole('table', { name: /Ratings by interviewer and competency/ });
    const flags = within(grid).getAllByTestId('disagreement-flag');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toHaveTextContent('Ratings differ by 2+ points');
    expect(flags[0].querySelector('svg')).not.toBeNull();
    expect(flags[0].closest('th')).toHaveTextContent('System design');
    expect(within(grid).getByRole('columnheader', { name: 'Databases' })).not.toHaveTextContent('differ');
  });

  it('explains every figure in a visible sentence', async () => {
    renderPanel();
    await screen.findByRole('table', { name: /Ratings by interviewer and competency/ });

    for (const sentence of [
      EXPLANATIONS.mean,
      EXPLANATIONS.median,
      EXPLANATIONS.n,
      EXPLANATIONS.disagreement,
      EXPLANATIONS.lean,
      EXPLANATIONS.composite,
      EXPLANATIONS.calibratedComposite,
      EXPLANATIONS.shrunkLeniency,
      FIGURE_EXPLANATIONS.calibratedMean,
    ]) {
      expect(screen.getByText(sentence)).toBeVisible();
    }
    // A calibrated mean held at the end of the scale says so.
    expect(screen.getByText(FIGURE_EXPLANATIONS.calibratedMean)).toHaveTextContent(/at the scale’s end .* was held there/);
  });

  it('shows the tally, the split flag and both composites side by side', async () => {
    renderPanel();

    expect(await screen.findByTestId('tally-strong-yes')).toHaveTextContent('Strong yes1');
    expect(screen.getByTestId('tally-no')).toHaveTextContent('No1');
    expect(screen.getByTestId('split-flag')).toHaveTextContent('Split panel');
    expect(screen.getByTestId('raw-composite')).toHaveTextContent('Composite (raw)2.83 of 4');
    expect(screen.getByTestId('calibrated-composite')).toHaveTextContent('Calibrated composite2.71 of 4');
  });

  it('keeps each interviewer’s evidence and notes in a collapsed block', async () => {
    renderPanel();

    const [dana] = await screen.findAllByTestId('interviewer-evidence');
    expect(dana.tagName).toBe('DETAILS');
    expect(dana).not.toHaveAttribute('open');
    expect(within(dana).getByText('Dana Interviewer')).toBeInTheDocument();
    expect(within(dana).getByText('Dana Interviewer: clear about hashing.')).toBeInTheDocument();
    expect(within(dana).getByText('Not asked')).toBeInTheDocument();
  });

  it('hides the panel from an interviewer who has not submitted, showing only how far the panel has got', async () => {
    const hidden = aPanel({
      visible: false,
      competencies: [],
      scorecards: [],
      tally: aTally({}),
      disagreements: [],
      submitted: 1,
      expected: 2,
      missing: [{ ...aMissing('Sam Viewer', 'DRAFT'), interviewer: person('user-me', 'Sam Viewer') }],
      submittedBy: [person('user-dana', 'Dana Interviewer')],
    });
    renderPanel(hidden, 'INTERVIEWER');

    expect(await screen.findByRole('heading', { level: 2, name: 'Submit your own scorecard first' })).toBeInTheDocument();
    expect(screen.getByTestId('submission-progress')).toHaveTextContent('Submitted: 1 of 2 scorecards');
    expect(screen.getByTestId('submission-progress')).toHaveTextContent('Sam Viewer (you) (Technical) — draft started');
    expect(screen.getByTestId('submission-progress')).toHaveTextContent('Submitted by Dana Interviewer.');
    expect(screen.getByText(FIGURE_EXPLANATIONS.submitted)).toBeVisible();
    expect(screen.queryByRole('table', { name: /Ratings by interviewer/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Hiring decision' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your interviews' })).toHaveAttribute('href', '/my-interviews');
  });
});
