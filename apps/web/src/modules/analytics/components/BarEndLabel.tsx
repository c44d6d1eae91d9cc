import type { LabelProps } from 'recharts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function isBox(value: unknown): value is Box {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['x', 'y', 'width', 'height'].every((key) => typeof (value as Record<string, unknown>)[key] === 'number')
  );
}

/**
 * A label right of a horizontal bar: past the end of a bar above 0, and just right of the zero line for
 * a bar below it, so the text (e.g. "−0.250 unreliable") never runs into the names on the left axis
 * or sits on top of its bar.
 */
export function barEndLabel(captions: readonly string[]) {
  return function BarEnd({ viewBox, index }: LabelProps) {
    if (!isBox(viewBox) || index === undefined) return null;
    const right = Math.max(viewBox.x, viewBox.x + viewBox.width);
    return (
      <text x={right + 6} y={viewBox.y + viewBox.height / 2} dominantBaseline="central" textAnchor="start" className="bar-end-label">
        {captions[index]}
      </text>
    );
  };
}
