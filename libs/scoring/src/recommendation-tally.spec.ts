import { tallyRecommendations } from './recommendation-tally';

describe('recommendation tally', () => {
  it('counts each call, skips scorecards without one, and averages the lean', () => {
    // Lean: (2 + 1 + 1 − 1) / 4 = 0.75.
    expect(tallyRecommendations(['STRONG_YES', 'YES', null, 'YES', 'NO'])).toEqual({
      counts: { STRONG_NO: 0, NO: 1, YES: 2, STRONG_YES: 1 },
      total: 4,
      lean: 0.75,
      split: true,
    });
  });

  it('is not split when everyone is on the same side, however strongly', () => {
    const tally = tallyRecommendations(['STRONG_NO', 'NO', 'NO']);
    expect(tally.split).toBe(false);
    expect(tally.lean).toBeCloseTo(-4 / 3, 10);
  });

  it('has no lean before anyone has recommended', () => {
    expect(tallyRecommendations([null, undefined])).toEqual({
      counts: { STRONG_NO: 0, NO: 0, YES: 0, STRONG_YES: 0 },
      total: 0,
      lean: null,
      split: false,
    });
  });
});
