import type { FieldProblem } from '@panelist/errors';

/** One point of a kit's rating scale: what interviewers pick, with the behaviour that earns it. */
export interface RatingPoint {
  value: number;
  label: string;
  anchor: string;
}

export const MIN_SCALE_POINTS = 3;
export const MAX_SCALE_POINTS = 5;
export const DEFAULT_SCALE_POINTS = 4;

/**
 * Behavioural anchors written against the question's rubric, so a rating means the same thing to
 * every interviewer: the bottom is "misses the core or hits a red flag", the top "covers every
 * Look-for point and goes beyond".
 */
const DEFAULT_SCALES: Record<number, Array<Omit<RatingPoint, 'value'>>> = {
  3: [
    { label: 'Below the bar', anchor: 'Misses the core of the question, or hits a Red flag.' },
    { label: 'Meets the bar', anchor: 'Covers the main Look-for points with sound reasoning; no Red flags.' },
    { label: 'Above the bar', anchor: 'Covers every Look-for point and goes beyond: trade-offs, alternatives, evidence.' },
  ],
  4: [
    { label: 'Misses', anchor: 'Misses the core of the question, or hits a Red flag.' },
    { label: 'Partial', anchor: 'Covers some Look-for points but leaves important gaps or needs heavy prompting.' },
    { label: 'Solid', anchor: 'Covers the Look-for points with sound reasoning and concrete examples; no Red flags.' },
    { label: 'Exceptional', anchor: 'Covers every Look-for point and goes beyond: trade-offs, alternatives, evidence.' },
  ],
  5: [
    { label: 'Misses', anchor: 'Misses the core of the question, or hits a Red flag.' },
    { label: 'Weak', anchor: 'Touches one or two Look-for points; reasoning is thin or needs heavy prompting.' },
    { label: 'Partial', anchor: 'Covers about half of the Look-for points; some gaps remain.' },
    { label: 'Solid', anchor: 'Covers the Look-for points with sound reasoning and concrete examples; no Red flags.' },
    { label: 'Exceptional', anchor: 'Covers every Look-for point and goes beyond: trade-offs, alternatives, evidence.' },
  ],
};

export function defaultRatingScale(points = DEFAULT_SCALE_POINTS): RatingPoint[] {
  const scale = DEFAULT_SCALES[points];
  if (!scale) throw new RangeError(`A rating scale has ${MIN_SCALE_POINTS} to ${MAX_SCALE_POINTS} points, not ${points}.`);
  return scale.map((point, index) => ({ value: index + 1, ...point }));
}

export type { FieldProblem };

/** Problems that make a scale unusable: wrong size, values not 1..n in order, empty label or anchor. */
export function ratingScaleProblems(points: RatingPoint[]): FieldProblem[] {
  if (points.length < MIN_SCALE_POINTS || points.length > MAX_SCALE_POINTS) {
    return [
      {
        field: 'ratingScale',
        message: `The rating scale must have ${MIN_SCALE_POINTS} to ${MAX_SCALE_POINTS} points; it has ${points.length}.`,
      },
    ];
  }
  const problems: FieldProblem[] = [];
  points.forEach((point, index) => {
    if (point.value !== index + 1) {
      problems.push({ field: `ratingScale.${index}.value`, message: `Point ${index + 1} must have the value ${index + 1}.` });
    }
    if (!point.label.trim()) problems.push({ field: `ratingScale.${index}.label`, message: `Point ${index + 1} needs a label.` });
    if (!point.anchor.trim()) {
      problems.push({ field: `ratingScale.${index}.anchor`, message: `Point ${index + 1} needs a behavioural anchor.` });
    }
  });
  return problems;
}
