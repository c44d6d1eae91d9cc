import { EXPLANATIONS } from '@panelist/scoring';
import { FIGURE_EXPLANATIONS, FIGURE_LABELS } from '../utils/figure-explanations';
import { formatHours, formatScore, formatSigned } from '../utils/format-figures';

describe('figure formatting', () => {
  it('shows scores with two decimals and a dash when there is none', () => {
    expect(formatScore(2.5)).toBe('2.50');
    expect(formatScore(null)).toBe('–');
  });

  it('signs differences with a real minus and never shows −0.00', () => {
    expect(formatSigned(0.349)).toBe('+0.35');
    expect(formatSigned(-0.4)).toBe('−0.40');
    expect(formatSigned(-0.001)).toBe('0.00');
  });

  it('says hours the way people do', () => {
    expect(formatHours(0.25)).toBe('15 min');
    expect(formatHours(3.46)).toBe('3.5 h');
    expect(formatHours(50)).toBe('2.1 days');
    expect(formatHours(null)).toBe('–');
  });

  it('has a name and a sentence for every figure, the library’s sentences unchanged', () => {
    for (const figure of Object.keys(FIGURE_EXPLANATIONS) as Array<keyof typeof FIGURE_EXPLANATIONS>) {
      expect(FIGURE_LABELS[figure]).toBeTruthy();
      expect(FIGURE_EXPLANATIONS[figure]).toMatch(/\.$/);
    }
    expect(FIGURE_EXPLANATIONS.mean).toBe(EXPLANATIONS.mean);
  });
});
