import { alphaDomain, alphaTicks, symmetricDomain, symmetricTicks } from '../utils/chart-scale';

describe('chart scales', () => {
  it('centres leniency on 0 with room for the longest bar’s label', () => {
    expect(symmetricDomain([0.1, -0.2])).toEqual([-0.7, 0.7]);
    expect(symmetricDomain([1.08, -1.17])).toEqual([-1.6, 1.6]);
  });

  it('shows alpha from 0 to 1 unless a job falls below 0', () => {
    expect(alphaDomain([0.72, 0.9])).toEqual([0, 1]);
    expect(alphaDomain([-0.2])).toEqual([-0.3, 1]);
  });

  it('puts leniency ticks at exact multiples of the 0.3 threshold, so +0.3 is labelled where 0.3 is', () => {
    expect(symmetricTicks([-0.7, 0.7], 0.3)).toEqual([-0.6, -0.3, 0, 0.3, 0.6]);
    expect(symmetricTicks([-1.6, 1.6], 0.3)).toEqual([-1.2, -0.6, 0, 0.6, 1.2]);
  });

  it('puts alpha ticks at the thresholds and every 0.2 below them, negative ones included', () => {
    expect(alphaTicks([0, 1], 0.667, 0.8)).toEqual([0, 0.2, 0.4, 0.667, 0.8, 1]);
    expect(alphaTicks([-0.3, 1], 0.667, 0.8)).toEqual([-0.2, 0, 0.2, 0.4, 0.667, 0.8, 1]);
  });
});
