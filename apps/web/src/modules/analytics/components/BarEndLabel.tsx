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
 * A label just past the end of a horizontal bar: right of bars above 0, left of bars below, so the text
 * (e.g. "+0.35 lenient") never sits on top of the bar or the zero line.
 */
export function barEndLabel(values: readonly number[], captions: readonly string[]) {
  return function BarEnd({ viewBox, index }: LabelProps) {
    if (!isBox(viewBox) || index === undefined) return null;
    const left = Math.min(viewBox.x, viewBox.x + viewBox.width);
    const right = Math.max(viewBox.x, viewBox.x + viewBox.width);
    const negative = (values[index] ?? 0) < 0;
    return (
      <text
        x={negative ? left - 6 : right + 6}
        y={viewBox.y + viewBox.height / 2}
        dominantBaseline="central"
        textAnchor={negative ? 'end' : 'start'}
        className="bar-end-label"
      >
        {captions[index]}
      </text>
    );
  };
}
