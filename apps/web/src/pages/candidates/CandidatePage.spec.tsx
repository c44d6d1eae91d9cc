import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { CandidateDocument, SaveCandidateDocument } from '../../generated/graphql';
import { aViewer, apiError } from '../../testing/fixtures';
import { aSeat } from '../../testing/loop-fixtures';
import { renderWithApp } from '../../testing/render';
import { CandidatePage } from './CandidatePage';

function aCandidate(version: number, name = 'Casey Candidate') {
  return {
    __typename: 'Candidate' as const,
    id: 'cand-1',
    name,
    email: 'casey@example.org',
    links: ['https://github.com/casey'],
    version,
    createdAt: '2026-11-01T09:00:00.000Z',
    loops: [
      {
        __typename: 'InterviewLoop' as const,
        id: 'loop-1',
        createdAt: '2026-11-01T09:00:00.000Z',
        candidate: { __typename: 'Candidate' as const, id: 'cand-1', name },
        job: { __typename: 'Job' as const, id: 'job-1', title: 'Senior Backend Engineer' },
        interviews: [
          {
            __typename: 'Interview' as const,
            id: 'iv-1',
            roundName: 'Phone screen',
            scheduledAt: '2026-11-03T10:00:00.000Z',
            durationMinutes: 30,
            kit: { __typename: 'InterviewKit' as const, title: 'Backend — screen' },
            panel: [aSeat('sc-ivo', 'Ivo Interviewer', 'SUBMITTED')],
          },
        ],
      },
    ],
  };
}

const candidateMock = (version: number, name?: string) => ({
  request: { query: CandidateDocument, variables: { id: 'cand-1' } },
  result: { data: { candidate: aCandidate(version, name) } },
});
const saveInput = (version: number) => ({
  input: {
    id: 'cand-1',
    version,
    candidate: { name: 'Casey Q. Candidate', email: 'casey@example.org', links: ['https://github.com/casey'] },
  },
});

function detailsOnly(version: number, name: string) {
  const { loops: _loops, ...candidate } = aCandidate(version, name);
  return candidate;
}

function renderPage(mocks: ReadonlyArray<MockLink.MockedResponse>, role: 'RECRUITER' | 'INTERVIEWER' = 'RECRUITER') {
  return renderWithApp(<CandidatePage />, { viewer: aViewer(role), path: '/candidates/cand-1', route: '/candidates/:id', mocks });
}

describe('CandidatePage', () => {
  it('shows contact details and each loop with its panel', async () => {
    renderPage([candidateMock(1)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Casey Candidate' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'casey@example.org' })).toHaveAttribute('href', 'mailto:casey@example.org');
    expect(screen.getByRole('link', { name: 'https://github.com/casey' })).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'Senior Backend Engineer' })).toHaveAttribute('href', '/loops/loop-1');
    const panel = screen.getByRole('list', { name: 'Panel of Phone screen' });
    expect(within(panel).getByTestId('panel-seat-status')).toHaveTextContent('Submitted');
  });

  it('saves an edit with the version it was made on', async () => {
    const saved = jest.fn(() => ({ data: { saveCandidate: detailsOnly(2, 'Casey Q. Candidate') } }));
    renderPage([candidateMock(1), { request: { query: SaveCandidateDocument, variables: saveInput(1) }, result: saved }]);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Casey Q. Candidate' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save candidate' }));

    expect(await screen.findByText('Candidate saved.')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('on CONFLICT loads their version, keeps the edit, and the next save replaces theirs', async () => {
    const overwrite = jest.fn(() => ({ data: { saveCandidate: detailsOnly(3, 'Casey Q. Candidate') } }));
    renderPage([
      candidateMock(1),
      {
        request: { query: SaveCandidateDocument, variables: saveInput(1) },
        result: { errors: [apiError('CONFLICT', 'Someone else changed this candidate since you opened it.', 'version')] },
      },
      candidateMock(2, 'Casey Candidate-Smith'),
      { request: { query: SaveCandidateDocument, variables: saveInput(2) }, result: overwrite },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Casey Q. Candidate' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save candidate' }));

    expect(await screen.findByText(/Someone else changed this candidate while you were editing/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Casey Candidate-Smith' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Casey Q. Candidate');

    fireEvent.click(screen.getByRole('button', { name: 'Save candidate' }));
    expect(await screen.findByText('Candidate saved.')).toBeInTheDocument();
    expect(overwrite).toHaveBeenCalledTimes(1);
  });

  it('keeps personal data from interviewers, without asking the server', () => {
    renderPage([], 'INTERVIEWER');

    expect(screen.getByText(/Your role \(Interviewer\) cannot see candidates/)).toBeInTheDocument();
    expect(screen.queryByText('casey@example.org')).not.toBeInTheDocument();
  });
});
