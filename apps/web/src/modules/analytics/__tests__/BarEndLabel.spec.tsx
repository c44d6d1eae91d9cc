import { render } from '@testing-library/react';
import { barEndLabel } from '../components/BarEndLabel';

/** Renders the label recharts would draw for bar `index` with the given box. */
function labelFor(viewBox: { x: number; y: number; width: number; height: number }, index = 0) {
  const Label = barEndLabel(['+0.35 lenient', '−0.250 unreliable']);
  const { container } = render(
    <svg>
      <Label viewBox={viewBox} index={index} />
    </svg>,
  );
  return container.querySelector('text');
}

describe('barEndLabel', () => {
  it('puts the label past the end of a bar above 0', () => {
    const label = labelFor({ x: 200, y: 10, width: 80, height: 20 });
    expect(label).toHaveTextContent('+0.35 lenient');
    expect(label).toHaveAttribute('x', '286');
    expect(label).toHaveAttribute('text-anchor', 'start');
  });

  it('puts the label of a bar below 0 right of the zero line, never left of the bar where the names are', () => {
    // A negative bar is drawn from the zero line (x = 200) leftwards: recharts gives it a negative width.
    const label = labelFor({ x: 200, y: 40, width: -60, height: 20 }, 1);
    expect(label).toHaveTextContent('−0.250 unreliable');
    expect(label).toHaveAttribute('x', '206');
    expect(label).toHaveAttribute('text-anchor', 'start');
  });
});
