import { fireEvent, screen, within } from '@testing-library/react';
import { CandidateRetentionDocument, SetCandidateRetentionDocument } from '../../../generated/graphql';
import { aViewer, apiError } from '../../../testing/fixtures';
import { renderWithApp } from '../../../testing/render';
import { CandidateRetentionSettings } from '../components/CandidateRetentionSettings';

const due = {
  __typename: 'CandidateDueForErasure' as const,
  candidateId: 'cand-1',
  name: 'Casey Candidate',
  lastDecision: 'NO_HIRE' as const,
  lastDecisionAt: '2025-01-10T12:00:00.000Z',
  dueSince: '2026-01-10T12:00:00.000Z',
};

const retentionMock = (months: number | null, preview: Array<typeof due> = []) => ({
  request: { query: CandidateRetentionDocument },
  result: {
    data: { candidateRetention: { __typename: 'CandidateRetentionSettings' as const, months }, candidateRetentionPreview: preview },
  },
});
const setMock = (months: number | null, result: object) => ({
  request: { query: SetCandidateRetentionDocument, variables: { months } },
  result,
});

describe('CandidateRetentionSettings', () => {
  it('says retention is off and that nobody is erased automatically', async () => {
    renderWithApp(<CandidateRetentionSettings />, { viewer: aViewer('ADMIN'), mocks: [retentionMock(null)] });

    expect(await screen.findByText('Off: candidates stay until an admin erases them.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Erase candidates automatically/ })).not.toBeChecked();
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(screen.getByText('Retention is off, so nobody is erased automatically.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save retention' })).toBeDisabled();
  });

  it('lists who the next run erases and why', async () => {
    renderWithApp(<CandidateRetentionSettings />, { viewer: aViewer('ADMIN'), mocks: [retentionMock(12, [due])] });

    const table = await screen.findByRole('table', { name: 'Candidates the next retention run erases' });
    const row = within(table).getByRole('row', { name: /Casey Candidate/ });
    expect(within(row).getByRole('link', { name: 'Casey Candidate' })).toHaveAttribute('href', '/candidates/cand-1');
    expect(row).toHaveTextContent('Last decision “No hire” on 10 Jan 2025; 12 months passed on 10 Jan 2026.');
    expect(screen.getByRole('spinbutton', { name: 'Months after the last decision' })).toHaveValue(12);
  });

  it('checks the months on the field, then saves and asks for the dry run again', async () => {
    renderWithApp(<CandidateRetentionSettings />, {
      viewer: aViewer('ADMIN'),
      mocks: [
        retentionMock(null),
        setMock(6, { errors: [apiError('BAD_USER_INPUT', 'Retention must be between 1 and 120 months.', 'months')] }),
        setMock(24, { data: { setCandidateRetention: { __typename: 'CandidateRetentionSettings', months: 24 } } }),
        retentionMock(24, [due]),
      ],
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: /Erase candidates automatically/ }));
    const months = screen.getByRole('spinbutton', { name: 'Months after the last decision' });

    fireEvent.change(months, { target: { value: '121' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save retention' }));
    expect(months).toHaveAccessibleDescription('Retention must be between 1 and 120 months.');
    expect(months).toHaveFocus();

    // The API's own refusal lands on the same field.
    fireEvent.change(months, { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save retention' }));
    expect(await screen.findByText('Retention must be between 1 and 120 months.')).toBeInTheDocument();
    expect(months).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(months, { target: { value: '24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save retention' }));
    expect(await screen.findByText('Retention saved.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Casey Candidate' })).toBeInTheDocument();
    expect(screen.getByText(/^On: candidates are erased 24 months after their last hiring decision/)).toBeInTheDocument();
  });
});
