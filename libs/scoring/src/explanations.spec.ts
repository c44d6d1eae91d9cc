import { EXPLANATIONS } from './explanations';

describe('explanations', () => {
  it('explains every figure in one sentence', () => {
    for (const [figure, sentence] of Object.entries(EXPLANATIONS)) {
      expect([figure, sentence.trim()]).toEqual([figure, sentence]);
      expect([figure, /^[A-Z].*\.$/.test(sentence)]).toEqual([figure, true]);
      // A full stop followed by a space would start a second sentence (decimals like 0.800 are fine).
      expect([figure, sentence.slice(0, -1).includes('. ')]).toEqual([figure, false]);
    }
  });

  it('states the defaults the code uses', () => {
    expect(EXPLANATIONS.shrunkLeniency).toContain('5 comparisons');
    expect(EXPLANATIONS.leniencyLabel).toContain('0.3 points');
  });
});
