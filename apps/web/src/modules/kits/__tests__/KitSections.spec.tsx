import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { KitSections } from '../components/KitSections';
import { addQuestion, addSection, emptyDraft, type KitDraft } from '../utils/kit-draft';
import { aDraftQuestion } from '../../../testing/kit-fixtures';

function start(): KitDraft {
  let draft = addSection(addSection({ ...emptyDraft(), roleName: 'Backend', title: 'Design' }, 'api-design', 's1'), 'reliability', 's2');
  draft = addQuestion(draft, 0, aDraftQuestion('a', { prompt: 'Design a rate limiter' }));
  draft = addQuestion(draft, 0, aDraftQuestion('b', { prompt: 'Version a public API' }));
  draft = addQuestion(draft, 1, aDraftQuestion('c', { prompt: 'Plan an incident review' }));
  return draft;
}

const announced: string[] = [];

function Harness() {
  const [draft, setDraft] = useState(start);
  return (
    <KitSections
      draft={draft}
      errors={new Map()}
      currentSection={0}
      onCurrentSection={() => undefined}
      onChange={(update) => setDraft(update)}
      announce={(message) => announced.push(message)}
      onTakeNewer={null}
      competencies={[]}
    />
  );
}

function prompts(section: string) {
  return within(screen.getByRole('list', { name: `Questions in ${section}` }))
    .queryAllByText(/Design a rate limiter|Version a public API|Plan an incident review/)
    .map((node) => node.textContent);
}

describe('KitSections', () => {
  beforeEach(() => {
    announced.length = 0;
  });

  it('moves the focused question with Alt+↓ and Alt+↑, across sections, keeping focus on it', () => {
    render(<Harness />);
    const handle = screen.getByRole('button', { name: 'Reorder “Design a rate limiter”' });
    handle.focus();

    fireEvent.keyDown(handle, { key: 'ArrowDown', altKey: true });
    expect(prompts('API design')).toEqual(['Version a public API', 'Design a rate limiter']);
    expect(document.activeElement).toHaveAccessibleName('Reorder “Design a rate limiter”');
    expect(document.activeElement?.closest('li')).toHaveTextContent(/^⠿2/);
    expect(announced).toEqual(['Moved “Design a rate limiter” to position 2 of 2 in API design.']);

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown', altKey: true });
    expect(prompts('API design')).toEqual(['Version a public API']);
    expect(prompts('Reliability')).toEqual(['Design a rate limiter', 'Plan an incident review']);
    expect(document.activeElement).toHaveAccessibleName('Reorder “Design a rate limiter”');

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp', altKey: true });
    expect(prompts('API design')).toEqual(['Version a public API', 'Design a rate limiter']);
  });

  it('has Move up / Move down buttons, disabled at the ends of the kit', () => {
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Move “Design a rate limiter” up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move “Plan an incident review” down' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move “Plan an incident review” up' })).toBeEnabled();

    fireEvent.click(screen.getByRole('button', { name: 'Move “Version a public API” up' }));
    expect(prompts('API design')).toEqual(['Version a public API', 'Design a rate limiter']);
  });

  it('sets planned minutes and removes a question', () => {
    render(<Harness />);
    const minutes = screen.getByRole('spinbutton', { name: 'Planned minutes for “Design a rate limiter”' });
    fireEvent.change(minutes, { target: { value: '25' } });
    expect(minutes).toHaveValue(25);
    expect(screen.getByText(/Section 1 · 35 min/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Remove “Version a public API”' }));
    expect(prompts('API design')).toEqual(['Design a rate limiter']);
  });

  it('reorders sections with their buttons and Alt+↑/↓ on the section handle, keeping focus and announcing the place', () => {
    render(<Harness />);
    const sectionNames = () =>
      within(screen.getByRole('list', { name: 'Sections' }))
        .getAllByRole('listitem', { name: /^Section \d/ })
        .map((section) => section.getAttribute('aria-label'));
    expect(screen.getByRole('button', { name: 'Move the section API design up' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Move the section API design down' }));
    expect(sectionNames()).toEqual(['Section 1: Reliability', 'Section 2: API design']);
    expect(prompts('API design')).toEqual(['Design a rate limiter', 'Version a public API']);
    expect(announced).toEqual(['Moved the section API design to position 2 of 2.']);

    const handle = screen.getByRole('button', { name: /^Move the section API design \(drag/ });
    handle.focus();
    fireEvent.keyDown(handle, { key: 'ArrowUp', altKey: true });
    expect(sectionNames()).toEqual(['Section 1: API design', 'Section 2: Reliability']);
    expect(document.activeElement).toHaveAccessibleName(/^Move the section API design \(drag/);
  });
});
