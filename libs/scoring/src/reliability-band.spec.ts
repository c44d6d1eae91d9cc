import { RELIABILITY_BAND_LABELS, enoughForAlpha, reliabilityBand } from './reliability-band';

// Krippendorff (2004), Content Analysis, 2nd ed., p. 241, repeated in Krippendorff (2011): rely on
// variables with alpha ≥ .800, consider .667 ≤ alpha < .800 only for tentative conclusions.
describe('reliability band', () => {
  it('follows Krippendorff’s cut-offs at .800 and .667', () => {
    expect(reliabilityBand(1)).toBe('reliable');
    expect(reliabilityBand(0.8)).toBe('reliable');
    expect(reliabilityBand(0.7999)).toBe('tentative');
    expect(reliabilityBand(0.667)).toBe('tentative');
    expect(reliabilityBand(0.6669)).toBe('unreliable');
    expect(reliabilityBand(-0.2)).toBe('unreliable');
  });

  it('says so when alpha could not be computed', () => {
    expect(reliabilityBand(null)).toBe('not enough data');
  });

  it('labels each band in plain words', () => {
    expect(RELIABILITY_BAND_LABELS[reliabilityBand(0.75)]).toBe('tentative — draw only tentative conclusions');
  });
});

describe('enoughForAlpha', () => {
  it('needs two candidates and ten comparable ratings before alpha is shown', () => {
    // The case from the walk-through: one candidate, six ratings.
    expect(enoughForAlpha(1, 6)).toBe(false);
    expect(enoughForAlpha(1, 40)).toBe(false);
    expect(enoughForAlpha(2, 9)).toBe(false);
    expect(enoughForAlpha(2, 10)).toBe(true);
  });
});
