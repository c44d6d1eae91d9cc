import { RELIABILITY_BAND_LABELS, reliabilityBand } from './reliability-band';

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
