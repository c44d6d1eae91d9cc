import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { RatingScaleEditor } from '../components/RatingScaleEditor';
import { emptyDraft, setScalePoints, updateScalePoint } from '../utils/kit-draft';

function Harness() {
  const [draft, setDraft] = useState(emptyDraft());
  return (
    <RatingScaleEditor
      scale={draft.ratingScale}
      errors={new Map([['ratingScale.0.label', 'Point 1 needs a label.']])}
      onPoints={(points) => setDraft((d) => setScalePoints(d, points))}
      onChange={(index, change) => setDraft((d) => updateScalePoint(d, index, change))}
    />
  );
}

describe('RatingScaleEditor', () => {
  it('offers only 3, 4 and 5 points, and resizes the scale with the default labels and anchors', () => {
    render(<Harness />);
    const sizes = within(screen.getByRole('group', { name: 'Points on the scale' })).getAllByRole('button');
    expect(sizes.map((button) => button.textContent)).toEqual(['3 points', '4 points', '5 points']);
    expect(screen.getByRole('button', { name: '4 points' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getAllByLabelText(/^Point \d label$/)).toHaveLength(4);

    fireEvent.click(screen.getByRole('button', { name: '5 points' }));
    expect(screen.getAllByLabelText(/^Point \d label$/)).toHaveLength(5);
    expect(screen.getByLabelText('Point 5 anchor')).toHaveValue(
      'Covers every Look-for point and goes beyond: trade-offs, alternatives, evidence.',
    );

    fireEvent.click(screen.getByRole('button', { name: '3 points' }));
    expect(screen.getAllByLabelText(/^Point \d label$/)).toHaveLength(3);
    expect(screen.getByLabelText('Point 2 label')).toHaveValue('Meets the bar');
  });

  it('edits a label and shows the error next to that point', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('Point 2 label'), { target: { value: 'Some gaps' } });
    expect(screen.getByLabelText('Point 2 label')).toHaveValue('Some gaps');
    expect(screen.getByLabelText('Point 1 label')).toHaveAccessibleDescription('Point 1 needs a label.');
  });
});
