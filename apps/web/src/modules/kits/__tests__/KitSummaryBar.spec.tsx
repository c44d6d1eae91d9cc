import { render, screen, within } from '@testing-library/react';
import { KitSummaryBar } from '../components/KitSummaryBar';
import { addQuestion, addSection, emptyDraft, summarizeDraft } from '../utils/kit-draft';
import { aDraftQuestion } from '../../../testing/kit-fixtures';

function draftFor(minutes: number[], interviewMinutes: number, hasRubric = true) {
  let draft = addSection(addSection({ ...emptyDraft(), interviewMinutes }, 'api-design', 's1'), 'reliability', 's2');
  minutes.forEach((plannedMinutes, index) => {
    draft = addQuestion(draft, 0, aDraftQuestion(`q${index}`, { plannedMinutes, hasRubric }));
  });
  return draft;
}

function renderBar(minutes: number[], interviewMinutes: number, hasRubric = true) {
  const draft = draftFor(minutes, interviewMinutes, hasRubric);
  return render(<KitSummaryBar summary={summarizeDraft(draft)} interviewMinutes={interviewMinutes} draft={draft} />);
}

describe('KitSummaryBar', () => {
  it('shows planned time against the length and warns when the questions run over', () => {
    renderBar([20, 20, 15], 45);

    expect(screen.getByText(/planned of 45 min/)).toHaveTextContent('55 min planned of 45 min');
    expect(screen.getByRole('meter', { name: 'Planned time' })).toHaveAttribute('aria-valuetext', '55 of 45 minutes');
    const warnings = within(screen.getByRole('list', { name: 'Warnings' })).getAllByRole('listitem');
    expect(warnings[0]).toHaveTextContent('The questions plan 55 minutes for a 45-minute interview (10 over).');
    expect(within(screen.getByRole('list', { name: 'Competencies covered' })).getByText('API design')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Competencies missing' })).getByText('Reliability')).toBeInTheDocument();
    expect(screen.getByText('The Reliability section has no questions.')).toBeInTheDocument();
  });

  it('has no over-time warning within the length, and flags questions without a rubric', () => {
    renderBar([20, 20], 45, false);

    expect(screen.getByText(/planned of 45 min/)).toHaveTextContent('40 min planned of 45 min');
    expect(screen.queryByText(/over\)/)).not.toBeInTheDocument();
    // One warning naming both questions, not one identical line per question.
    const warning = screen.getByText(/no Look-for or Red-flag points/).closest('li') as HTMLElement;
    expect(screen.getAllByText(/no Look-for or Red-flag points/)).toHaveLength(1);
    expect(warning).toHaveTextContent(/^2 questions have no Look-for or Red-flag points: interviewers will score them without anchors\./);
    expect(
      within(warning)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Question q0', 'Question q1']);
  });
});
