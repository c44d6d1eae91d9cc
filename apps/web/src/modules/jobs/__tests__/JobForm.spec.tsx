import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { CreateJobDocument, JobDocument, SaveJobDocument } from '../../../generated/graphql';
import { aViewer, apiError } from '../../../testing/fixtures';
import { aJob } from '../../../testing/loop-fixtures';
import { renderWithApp } from '../../../testing/render';
import { JobForm } from '../components/JobForm';

const MANAGERS = [
  { value: 'user-ada', label: 'Ada Admin (Admin)' },
  { value: 'user-hana', label: 'Hana Manager (Hiring manager)' },
];
const KITS = [
  { value: 'kit-screen', label: 'Backend — screen · Backend Engineer · 30 min' },
  { value: 'kit-design', label: 'Backend — system design · Backend Engineer · 60 min' },
];

const jobRoute = { path: '/jobs/:id', element: <p>Job page</p> };

function renderForm(job: ReturnType<typeof aJob> | null, mocks: ReadonlyArray<MockLink.MockedResponse> = []) {
  return renderWithApp(<JobForm job={job} managers={MANAGERS} kits={KITS} />, {
    viewer: aViewer('RECRUITER'),
    path: job ? `/jobs/${job.id}/edit` : '/jobs/new',
    mocks,
    routes: [jobRoute],
  });
}

const savedJob = (version: number, title = 'Staff Backend Engineer') => {
  const { loops: _loops, ...job } = aJob({ version, title });
  return job;
};

describe('JobForm', () => {
  it('names every missing field before sending anything, and focuses the first', async () => {
    renderForm(null);

    fireEvent.click(screen.getByRole('button', { name: '+ Add a round' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create job' }));

    expect(await screen.findByText('Enter the job title.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Choose the hiring manager.')).toBeInTheDocument();
    expect(screen.getByText('Name the round, e.g. “System design”.')).toBeInTheDocument();
    expect(screen.getByText('Choose the kit this round uses.')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/jobs/new');
  });

  it('creates a job with its ordered rounds and opens it', async () => {
    const created = jest.fn(() => ({ data: { createJob: { ...savedJob(1), id: 'job-9' } } }));
    renderForm(null, [
      {
        request: {
          query: CreateJobDocument,
          variables: {
            input: {
              title: 'Senior Backend Engineer',
              team: '',
              hiringManagerId: 'user-hana',
              rounds: [
                { name: 'System design', kitId: 'kit-design' },
                { name: 'Phone screen', kitId: 'kit-screen' },
              ],
            },
          },
        },
        result: created,
      },
    ]);

    fireEvent.change(screen.getByLabelText('Title'), { target: { value: ' Senior Backend Engineer ' } });
    fireEvent.change(screen.getByLabelText('Hiring manager'), { target: { value: 'user-hana' } });
    fireEvent.click(screen.getByRole('button', { name: '+ Add a round' }));
    fireEvent.change(screen.getByLabelText('Name of round 1'), { target: { value: 'Phone screen' } });
    fireEvent.change(screen.getByLabelText('Kit for round 1'), { target: { value: 'kit-screen' } });
    fireEvent.click(screen.getByRole('button', { name: '+ Add a round' }));
    expect(screen.getByLabelText('Name of round 2')).toHaveFocus();
    fireEvent.change(screen.getByLabelText('Name of round 2'), { target: { value: 'System design' } });
    fireEvent.change(screen.getByLabelText('Kit for round 2'), { target: { value: 'kit-design' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move round 2 up' }));
    expect(screen.getByLabelText('Name of round 1')).toHaveValue('System design');
    fireEvent.click(screen.getByRole('button', { name: 'Create job' }));

    expect(await screen.findByText('Job page')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/jobs/job-9');
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('shows a server complaint next to the round it concerns', async () => {
    const job = aJob();
    renderForm(job, [
      {
        request: { query: SaveJobDocument, variables: () => true },
        result: { errors: [apiError('BAD_USER_INPUT', 'That kit is not an active kit of your organization.', 'job.rounds.1.kitId')] },
      },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));

    expect(await screen.findByText('That kit is not an active kit of your organization.')).toBeInTheDocument();
    expect(screen.getByLabelText('Kit for round 2')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Kit for round 2')).toHaveFocus();
  });

  it('on CONFLICT keeps the edit, shows their version, and saves over it only when asked', async () => {
    const job = aJob({ version: 2 });
    const theirs = aJob({ version: 3, title: 'Principal Backend Engineer' });
    const input = (version: number) => ({
      id: 'job-1',
      version,
      status: 'OPEN',
      job: {
        title: 'Staff Backend Engineer',
        team: 'Payments',
        hiringManagerId: 'user-hana',
        rounds: [
          { id: 'round-screen', name: 'Phone screen', kitId: 'kit-screen' },
          { id: 'round-design', name: 'System design', kitId: 'kit-design' },
        ],
      },
    });
    const overwrite = jest.fn(() => ({ data: { saveJob: savedJob(4) } }));
    renderForm(job, [
      {
        request: { query: SaveJobDocument, variables: { input: input(2) } },
        result: {
          errors: [apiError('CONFLICT', 'Someone else changed this job since you opened it. Reload to see their changes.', 'version')],
        },
      },
      { request: { query: JobDocument, variables: { id: 'job-1' } }, result: { data: { job: theirs } } },
      { request: { query: SaveJobDocument, variables: { input: input(3) } }, result: overwrite },
    ]);

    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Staff Backend Engineer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));

    const conflict = await screen.findByRole('alert');
    expect(within(conflict).getByRole('heading', { name: 'Someone else saved this job while you were editing' })).toHaveFocus();
    expect(conflict).toHaveTextContent('Principal Backend Engineer');
    expect(screen.getByLabelText('Title')).toHaveValue('Staff Backend Engineer');
    expect(overwrite).not.toHaveBeenCalled();

    fireEvent.click(within(conflict).getByRole('button', { name: 'Keep my changes' }));
    expect(await screen.findByRole('heading', { name: 'Saving again replaces their version' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));

    expect(await screen.findByText('Job page')).toBeInTheDocument();
    expect(overwrite).toHaveBeenCalledTimes(1);
  });

  it('can discard the edit and load their version instead', async () => {
    const theirs = aJob({ version: 3, title: 'Principal Backend Engineer' });
    renderForm(aJob({ version: 2 }), [
      {
        request: { query: SaveJobDocument, variables: () => true },
        result: { errors: [apiError('CONFLICT', 'Someone else changed this job since you opened it.', 'version')] },
      },
      { request: { query: JobDocument, variables: { id: 'job-1' } }, result: { data: { job: theirs } } },
    ]);

    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Staff Backend Engineer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save job' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Discard mine and load theirs' }));

    expect(screen.getByLabelText('Title')).toHaveValue('Principal Backend Engineer');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
