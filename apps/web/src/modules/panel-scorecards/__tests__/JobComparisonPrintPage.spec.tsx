import { EXPLANATIONS } from '@panelist/scoring';
import { screen, within } from '@testing-library/react';
import { JobComparisonDocument } from '../../../generated/graphql';
import { JobComparisonPrintPage } from '../../../pages/panel-scorecards/JobComparisonPrintPage';
import { aViewer } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { installResizeObserverStub } from '../../../testing/resize-observer';
import { aComparison } from './comparison-fixtures';

beforeAll(() => {
  installResizeObserverStub();
});

describe('JobComparisonPrintPage', () => {
  it('prints the comparison for the debrief with the tried weights, the date and every explanation', async () => {
    const weights = [
      { competency: 'system-design', weight: 3 },
      { competency: 'databases', weight: 1 },
    ];
    const comparison = aComparison({ weights: weights.map((entry) => ({ __typename: 'CompetencyWeight', ...entry })) });
    comparison.rows[0] = {
      ...comparison.rows[0],
      summaries: [
        {
          interviewer: { userId: 'u-ivo', name: 'Ivo Interviewer' },
          roundName: 'Technical',
          recommendation: 'YES',
          summary: 'Clear on trade-offs; would hire for the platform team.',
        },
      ],
    };
    renderWithApp(<JobComparisonPrintPage />, {
      viewer: aViewer('HIRING_MANAGER'),
      path: '/jobs/job-1/compare/print?w=system-design:3&w=databases:1',
      route: '/jobs/:jobId/compare/print',
      mocks: [
        {
          request: { query: JobComparisonDocument, variables: { jobId: 'job-1', weights } },
          result: { data: { jobComparison: comparison } },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Senior Backend Engineer' })).toBeInTheDocument();
    expect(screen.getByTestId('generated-at').textContent).toMatch(/\d{4}/);
    expect(screen.getByText(/System design 3 · Databases 1/)).toHaveTextContent('(tried for this debrief, not the kits’ own)');
    const table = screen.getByRole('table', { name: /Candidates for Senior Backend Engineer/ });
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(
      within(table)
        .getAllByTestId('comparison-row')
        .map((row) => row.dataset.candidate),
    ).toEqual(['Ana Architect', 'Ben Builder', 'Cy Coder', 'Dee Hidden']);
    expect(screen.getByRole('heading', { name: 'Missing scorecards' }).nextElementSibling).toHaveTextContent(
      'Cy Coder: Ivo Interviewer (Technical)',
    );
    const summaries = screen.getByRole('article', { name: `Summaries for ${comparison.rows[0].candidate.name}` });
    expect(summaries).toHaveTextContent('Ivo Interviewer · Technical · Yes');
    expect(summaries).toHaveTextContent('Clear on trade-offs; would hire for the platform team.');
    for (const sentence of [
      EXPLANATIONS.composite,
      EXPLANATIONS.calibratedComposite,
      EXPLANATIONS.disagreement,
      EXPLANATIONS.alpha,
      EXPLANATIONS.missingCompetencies,
    ]) {
      expect(screen.getByText(sentence)).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Back to the comparison' })).toHaveAttribute(
      'href',
      '/jobs/job-1/compare?w=system-design%3A3&w=databases%3A1',
    );
  });
});
