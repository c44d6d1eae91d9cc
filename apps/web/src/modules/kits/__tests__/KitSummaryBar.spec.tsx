import { render, screen, within } from '@testing-library/react';
import { KitSummaryBar } from '../components/KitSummaryBar';
import { addQuestion, addSection, emptyDraft, summarizeDraft } from '../utils/kit-draft';
import { aDraftQuestion } from '../../../testing/kit-fixtures';

function summaryFor(minutes: number[], interviewMinutes: number, hasRubric = true) {
  let draft = addSection(addSection({ ...emptyDraft(), interviewMinutes }, 'api-design', 's1'), 'reliability', 's2');
  minutes.forEach((plannedMinutes, index) => {
    draft = addQuestion(draft, 0, aDraftQuestion(`q${index}`, { plannedMinutes, hasRubric }));
  });
  return summarizeDraft(draft);
}

describe('KitSummaryBar', () => {
  it('shows planned time against the length and warns when the questions run over', () => {
    render(<KitSummaryBar summary={summaryFor([20, 20, 15], 45)} interviewMinutes={45} />);

    expect(screen.getByText(/planned of 45 min/)).toHaveTextContent('55 min planned of 45 min');
    expect(screen.getByRole('meter', { name: 'Planned time' })).toHaveAttribute('aria-valuetext', '55 of 45 minutes');
    const warnings = within(screen.getByRole('list', { name: 'Warnings' })).getAllByRole('listitem');
    expect(warnings[0]).toHaveTextContent('The questions plan 55 minutes for a 45-minute interview (10 over).');
    expect(within(screen.getByRole('list', { name: 'Competencies covered' })).getByText('API design')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Competencies missing' })).getByText('Reliability')).toBeInTheDocument();
    expect(screen.getByText('The reliability section has no questions.')).toBeInTheDocument();
  });

  it('has no over-time warning within the length, and flags questions without a rubric', () => {
    render(<KitSummaryBar summary={summaryFor([20, 20], 45, false)} interviewMinutes={45} />);

    expect(screen.getByText(/planned of 45 min/)).toHaveTextContent('40 min planned of 45 min');
    expect(screen.queryByText(/over\)/)).not.toBeInTheDocument();
    expect(screen.getAllByText(/no Look-for or Red-flag points/)).toHaveLength(2);
  });
});
