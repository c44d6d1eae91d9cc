import { EXPLANATIONS } from '@panelist/scoring';
import { screen, within } from '@testing-library/react';
import { InterviewerCalibrationDocument, JobReliabilityDocument } from '../../../generated/graphql';
import { AnalyticsPage } from '../../../pages/analytics/AnalyticsPage';
import { aViewer } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { installResizeObserverStub } from '../../../testing/resize-observer';
import { RELIABILITY } from '../../panel-scorecards/__tests__/comparison-fixtures';

beforeAll(() => {
  installResizeObserverStub();
});

function aCalibration(userId: string, name: string, shrunkLeniency: number, label: string, overrides: object = {}) {
  return {
    __typename: 'InterviewerCalibration' as const,
    interviewer: { __typename: 'Person' as const, userId, name },
    scorecards: 6,
    ratings: 24,
    comparisons: 18,
    rawLeniency: shrunkLeniency * 1.3,
    shrunkLeniency,
    label,
    medianHoursToSubmit: 3.5,
    ...overrides,
  };
}

const calibrationMock = (rows: object[]) => ({
  request: { query: InterviewerCalibrationDocument },
  result: { data: { interviewerCalibration: rows } },
  maxUsageCount: 3,
});
const reliabilityMock = {
  request: { query: JobReliabilityDocument },
  result: {
    data: {
      jobReliability: [
        { __typename: 'JobReliability', jobId: 'job-1', jobTitle: 'Senior Backend Engineer', candidates: 4, reliability: RELIABILITY },
        {
          __typename: 'JobReliability',
          jobId: 'job-2',
          jobTitle: 'Data Engineer',
          candidates: 1,
          reliability: {
            ...RELIABILITY,
            alpha: null,
            band: 'not enough data',
            bandLabel: 'not enough data',
            reason: EXPLANATIONS.alphaNoPairableValues,
          },
        },
      ],
    },
  },
  maxUsageCount: 3,
};

describe('AnalyticsPage', () => {
  it('shows an interviewer only their own calibration, each figure with its sentence', async () => {
    const fetchedReliability = jest.fn(() => reliabilityMock.result);
    renderWithApp(<AnalyticsPage />, {
      viewer: aViewer('INTERVIEWER'),
      mocks: [
        calibrationMock([aCalibration('user-me', 'Sam Viewer', 0.42, 'lenient', { medianHoursToSubmit: 0.5 })]),
        { ...reliabilityMock, result: fetchedReliability },
      ],
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'Your calibration' })).toBeInTheDocument();
    const mine = await screen.findByTestId('your-calibration');
    expect(mine).toHaveTextContent('Leniency (adjusted)+0.42');
    expect(mine).toHaveTextContent('Lenient / severe / in linelenient');
    expect(mine).toHaveTextContent('Median time to submit30 min');
    expect(within(mine).getByText(EXPLANATIONS.shrunkLeniency)).toBeVisible();
    expect(within(mine).getByText(EXPLANATIONS.leniencyLabel)).toBeVisible();

    expect(screen.queryByRole('heading', { name: 'Interviewer calibration' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Panel reliability per job' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(fetchedReliability).not.toHaveBeenCalled();
  });

  it('tells an interviewer without submitted scorecards that their calibration comes later', async () => {
    renderWithApp(<AnalyticsPage />, { viewer: aViewer('INTERVIEWER'), mocks: [calibrationMock([])] });

    expect(await screen.findByText('No submitted scorecards yet')).toBeInTheDocument();
  });

  it('gives loop managers every interviewer and every job’s reliability', async () => {
    renderWithApp(<AnalyticsPage />, {
      viewer: aViewer('RECRUITER'),
      mocks: [
        calibrationMock([
          aCalibration('user-dana', 'Dana Interviewer', 0.42, 'lenient'),
          aCalibration('user-ivo', 'Ivo Interviewer', -0.05, 'in line', { medianHoursToSubmit: 50 }),
        ]),
        reliabilityMock,
      ],
    });

    const calibration = await screen.findByRole('table', { name: 'Interviewer calibration across the organization' });
    const rows = within(calibration).getAllByTestId('calibration-row');
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Dana Interviewer', 'Ivo Interviewer']);
    expect(
      within(rows[0])
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['6', '24', '18', '+0.55', '+0.42', 'lenient', '3.5 h']);
    expect(within(rows[1]).getAllByRole('cell').at(-1)).toHaveTextContent('2.1 days');

    const reliability = await screen.findByRole('table', { name: 'Panel reliability per job' });
    const [backend, data] = within(reliability).getAllByTestId('reliability-row');
    expect(within(backend).getByRole('link', { name: 'Senior Backend Engineer' })).toHaveAttribute('href', '/jobs/job-1/compare');
    expect(backend).toHaveTextContent('0.720');
    expect(backend).toHaveTextContent('tentative — draw only tentative conclusions');
    expect(data).toHaveTextContent('not enough data');
    expect(data).toHaveTextContent(EXPLANATIONS.alphaNoPairableValues);
    expect(screen.getByText(EXPLANATIONS.alpha)).toBeVisible();
    // A negative alpha is explained, not left to contradict "from 1 down to 0".
    expect(screen.getByText(EXPLANATIONS.alpha)).toHaveTextContent(/below 0 when they disagree more than chance would/);
    expect(screen.getByText(EXPLANATIONS.reliabilityBand)).toBeVisible();
  });
});
