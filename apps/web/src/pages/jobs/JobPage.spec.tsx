import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { CandidatesDocument, CreateCandidateDocument, JobDocument } from '../../generated/graphql';
import { aViewer, apiError } from '../../testing/fixtures';
import { aJob, aSeat } from '../../testing/loop-fixtures';
import { renderWithApp } from '../../testing/render';
import { JobPage } from './JobPage';

const caseyLoop = {
  __typename: 'InterviewLoop' as const,
  id: 'loop-1',
  createdAt: '2026-11-01T09:00:00.000Z',
  candidate: { __typename: 'Candidate' as const, id: 'cand-1', name: 'Casey Candidate' },
  job: { __typename: 'Job' as const, id: 'job-1', title: 'Senior Backend Engineer' },
  interviews: [
    {
      __typename: 'Interview' as const,
      id: 'iv-1',
      roundName: 'Phone screen',
      scheduledAt: '2026-11-03T10:00:00.000Z',
      durationMinutes: 30,
      kit: { __typename: 'InterviewKit' as const, title: 'Backend — screen' },
      panel: [aSeat('sc-ivo', 'Ivo Interviewer', 'DRAFT')],
    },
  ],
};
const jobMock = (loops: unknown[]) => ({
  request: { query: JobDocument, variables: { id: 'job-1' } },
  result: { data: { job: aJob({ loops }) } },
});

function renderPage(mocks: ReadonlyArray<MockLink.MockedResponse>) {
  return renderWithApp(<JobPage />, { viewer: aViewer('RECRUITER'), path: '/jobs/job-1', route: '/jobs/:id', mocks });
}

describe('JobPage', () => {
  it('lists the rounds and every candidate’s loop with its panel', async () => {
    renderPage([jobMock([caseyLoop])]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Senior Backend Engineer' })).toBeInTheDocument();
    expect(screen.getByText('Hiring manager:')).toHaveTextContent('Hiring manager: Hana Manager');
    const rounds = screen.getByRole('region', { name: 'Interview rounds' });
    expect(
      within(rounds)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Phone screenBackend — screen · 30 min', 'System designBackend — system design · 60 min']);
    const table = screen.getByRole('table', { name: 'Candidates for Senior Backend Engineer' });
    expect(within(table).getByRole('link', { name: 'Casey Candidate' })).toHaveAttribute('href', '/loops/loop-1');
    expect(within(table).getByTestId('panel-seat')).toHaveAttribute('data-status', 'DRAFT');
    expect(within(table).getByTestId('panel-seat-status')).toHaveTextContent('Draft');
  });

  it('adds a new candidate straight into the job and links to their loop', async () => {
    const created = jest.fn(() => ({
      data: {
        createCandidate: {
          __typename: 'Candidate' as const,
          id: 'cand-2',
          name: 'Dev Candidate',
          email: 'dev@example.org',
          links: [],
          version: 1,
          createdAt: '2026-11-04T09:00:00.000Z',
          loops: [
            {
              ...caseyLoop,
              id: 'loop-2',
              candidate: { __typename: 'Candidate' as const, id: 'cand-2', name: 'Dev Candidate' },
              interviews: [],
            },
          ],
        },
      },
    }));
    renderPage([
      jobMock([]),
      // The possible-duplicate check finds nobody.
      { request: { query: CandidatesDocument, variables: () => true }, result: { data: { candidates: [] } }, maxUsageCount: Infinity },
      {
        request: {
          query: CreateCandidateDocument,
          variables: { input: { name: 'Dev Candidate', email: 'dev@example.org', links: [], jobId: 'job-1' } },
        },
        result: created,
      },
      jobMock([
        {
          ...caseyLoop,
          id: 'loop-2',
          candidate: { __typename: 'Candidate' as const, id: 'cand-2', name: 'Dev Candidate' },
          interviews: [],
        },
      ]),
    ]);

    const form = await screen.findByRole('form', { name: 'New candidate' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Dev Candidate' } });
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'dev@example.org' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add candidate' }));

    expect(await screen.findByText(/Dev Candidate is now interviewing for this job/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Schedule their interviews' })).toHaveAttribute('href', '/loops/loop-2');
    expect(await screen.findByRole('link', { name: 'Dev Candidate' })).toHaveAttribute('href', '/loops/loop-2');
    expect(within(form).getByLabelText('Name')).toHaveValue('');
  });

  it('shows a duplicate email at the email field', async () => {
    renderPage([
      jobMock([]),
      {
        request: { query: CreateCandidateDocument, variables: () => true },
        result: { errors: [apiError('CONFLICT', 'A candidate with this email already exists in your organization.', 'email')] },
      },
    ]);

    const form = await screen.findByRole('form', { name: 'New candidate' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Casey Again' } });
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'casey@example.org' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add candidate' }));

    expect(await within(form).findByText('A candidate with this email already exists in your organization.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Email')).toHaveFocus();
  });

  it('finds an existing candidate and marks the ones already in the job', async () => {
    const candidate = (id: string, name: string, jobIds: string[]) => ({
      __typename: 'Candidate' as const,
      id,
      name,
      email: `${name.split(' ')[0].toLowerCase()}@example.org`,
      links: [],
      version: 1,
      createdAt: '2026-11-01T09:00:00.000Z',
      loops: jobIds.map((jobId) => ({
        __typename: 'InterviewLoop' as const,
        id: `loop-${id}`,
        job: { __typename: 'Job' as const, id: jobId, title: 'A job' },
      })),
    });
    renderPage([
      jobMock([caseyLoop]),
      {
        request: { query: CandidatesDocument, variables: { search: null } },
        result: {
          data: { candidates: [candidate('cand-1', 'Casey Candidate', ['job-1']), candidate('cand-3', 'Eli Candidate', ['job-7'])] },
        },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Existing candidate' }));

    const results = await screen.findByRole('list', { name: 'Matching candidates' });
    expect(within(results).getByText('Already interviewing for this job')).toBeInTheDocument();
    expect(within(results).getByRole('button', { name: 'Start a loop for Eli Candidate' })).toBeInTheDocument();
  });
});
