import { EXPLANATIONS } from '@panelist/scoring';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { JobComparisonCsvDocument, JobComparisonDocument } from '../../../generated/graphql';
import { JobComparisonPage } from '../../../pages/panel-scorecards/JobComparisonPage';
import { aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { installResizeObserverStub } from '../../../testing/resize-observer';
import { aComparison } from './comparison-fixtures';

beforeAll(() => {
  installResizeObserverStub();
});

const comparisonMock = (variables: object = { jobId: 'job-1' }, result: object = { data: { jobComparison: aComparison() } }) => ({
  request: { query: JobComparisonDocument, variables },
  result,
  maxUsageCount: 5,
});

function renderComparison(mocks: unknown[] = [comparisonMock()]) {
  renderWithApp(<JobComparisonPage />, {
    viewer: aViewer('RECRUITER'),
    path: '/jobs/job-1/compare',
    route: '/jobs/:jobId/compare',
    mocks: mocks as never,
  });
}

/** jsdom's Blob has no text(); FileReader reads it. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsText(blob);
  });
}

const candidateOrder = () => screen.getAllByTestId('comparison-row').map((row) => row.dataset.candidate);
const header = (name: string) => screen.getByRole('button', { name: `Sort by ${name}` }).closest('th') as HTMLElement;

describe('JobComparisonPage', () => {
  it('lists every candidate with composites, means, flags, missing scorecards and the decision', async () => {
    renderComparison();

    const table = await screen.findByRole('table', { name: /Candidates for Senior Backend Engineer/ });
    expect(candidateOrder()).toEqual(['Ana Architect', 'Ben Builder', 'Cy Coder', 'Dee Hidden']);
    expect(within(table).getByRole('link', { name: 'Ana Architect' })).toHaveAttribute('href', '/loops/loop-ana/scorecard');

    const cy = screen.getAllByTestId('comparison-row')[2];
    expect(within(cy).getByTestId('disagreement-flag')).toHaveTextContent('Ratings differ by 2+ points');
    expect(within(cy).getByTestId('missing-marker')).toHaveTextContent('Missing: Ivo Interviewer (Technical)');
    expect(within(cy).getByTestId('split-flag')).toBeInTheDocument();
    expect(within(screen.getAllByTestId('comparison-row')[0]).getByText('Hire')).toBeInTheDocument();
    expect(screen.getAllByTestId('comparison-row')[3]).toHaveTextContent('Hidden until you submit your own scorecard for this candidate.');

    expect(screen.getByText(EXPLANATIONS.composite)).toBeVisible();
    expect(screen.getByText(EXPLANATIONS.calibratedComposite)).toBeVisible();
    expect(screen.getByText(EXPLANATIONS.disagreement)).toBeVisible();
  });

  it('sorts by any column from a keyboard-focusable header button, announcing the order with aria-sort', async () => {
    renderComparison();
    await screen.findByRole('table', { name: /Candidates for Senior Backend Engineer/ });
    expect(header('Composite (raw)')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Databases')).toHaveAttribute('aria-sort', 'none');

    const databases = screen.getByRole('button', { name: 'Sort by Databases' });
    expect(databases.tagName).toBe('BUTTON'); // a native button: Tab reaches it, Enter and Space press it
    databases.focus();
    fireEvent.click(databases);

    expect(header('Databases')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Composite (raw)')).toHaveAttribute('aria-sort', 'none');
    expect(candidateOrder()).toEqual(['Ben Builder', 'Ana Architect', 'Cy Coder', 'Dee Hidden']);
    expect(screen.getByRole('button', { name: 'Sort by Databases' })).toHaveFocus();

    fireEvent.click(databases);
    expect(header('Databases')).toHaveAttribute('aria-sort', 'ascending');
    // Hidden candidates have no figure and stay last whichever way.
    expect(candidateOrder()).toEqual(['Cy Coder', 'Ana Architect', 'Ben Builder', 'Dee Hidden']);

    fireEvent.click(screen.getByRole('button', { name: 'Sort by Calibrated composite' }));
    expect(candidateOrder()).toEqual(['Ben Builder', 'Ana Architect', 'Cy Coder', 'Dee Hidden']);
  });

  it('downloads the server’s CSV under its file name, showing progress meanwhile', async () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:comparison');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const content = 'candidate,composite\nAna Architect,3.60\n';
    renderComparison([
      comparisonMock(),
      {
        request: { query: JobComparisonCsvDocument, variables: { jobId: 'job-1' } },
        result: { data: { jobComparisonCsv: { __typename: 'CsvFile', fileName: 'senior-backend-engineer-comparison.csv', content } } },
        delay: 20,
      },
    ]);
    await screen.findByRole('table', { name: /Candidates for Senior Backend Engineer/ });

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(screen.getByRole('button', { name: 'Preparing CSV…' })).toBeDisabled();
    expect(await screen.findByText('Downloaded senior-backend-engineer-comparison.csv.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    await expect(readBlob(createObjectURL.mock.calls[0][0])).resolves.toBe(content);
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('senior-backend-engineer-comparison.csv');
    expect(clicked[0].getAttribute('href')).toBe('blob:comparison');
    expect(clicked[0].isConnected).toBe(false);
    click.mockRestore();
  });

  it('re-queries with tried weights and shows the weight the server refuses beside its field', async () => {
    renderComparison([
      comparisonMock(),
      comparisonMock(
        {
          jobId: 'job-1',
          weights: [
            { competency: 'system-design', weight: 12 },
            { competency: 'databases', weight: 1 },
          ],
        },
        { errors: [apiError('BAD_USER_INPUT', 'The weight of system-design must be between 0 and 10; it is 12.', 'weights.0.weight')] },
      ),
    ]);
    const form = await screen.findByRole('form', { name: 'Try other weights' });
    expect(within(form).getByRole('spinbutton', { name: 'System design' })).toHaveValue(2);
    expect(within(form).getByRole('spinbutton', { name: 'Databases' })).toHaveValue(1);

    fireEvent.change(within(form).getByRole('spinbutton', { name: 'System design' }), { target: { value: '12' } });
    act(() => {
      fireEvent.click(within(form).getByRole('button', { name: 'Apply weights' }));
    });

    expect(await within(form).findByText('The weight of system-design must be between 0 and 10; it is 12.')).toBeInTheDocument();
    expect(within(form).getByRole('spinbutton', { name: 'System design' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('spinbutton', { name: 'System design' })).toHaveValue(12);
    expect(within(form).getByRole('button', { name: 'Apply weights' })).toBeInTheDocument();
    expect(screen.getByTestId('location-search')).toHaveTextContent('?w=system-design%3A12&w=databases%3A1');
    // The last good comparison stays on screen.
    expect(candidateOrder()).toHaveLength(4);
  });

  it('states the panel’s reliability in plain words with its explanation', async () => {
    renderComparison();

    const reliability = await screen.findByTestId('panel-reliability');
    expect(reliability).toHaveTextContent('0.720');
    expect(reliability).toHaveTextContent('tentative — draw only tentative conclusions');
    expect(within(reliability).getByText(EXPLANATIONS.alpha)).toBeVisible();
    expect(within(reliability).getByText(EXPLANATIONS.reliabilityBand)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Print for debrief' })).toHaveAttribute('href', '/jobs/job-1/compare/print');
  });
});
