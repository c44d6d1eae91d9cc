import { alphaDomain, symmetricDomain } from '../utils/chart-scale';

describe('chart scales', () => {
  it('centres leniency on 0 with room for the longest bar’s label', () => {
    expect(symmetricDomain([0.1, -0.2])).toEqual([-0.7, 0.7]);
    expect(symmetricDomain([1.08, -1.17])).toEqual([-1.6, 1.6]);
  });

  it('shows alpha from 0 to 1 unless a job falls below 0', () => {
    expect(alphaDomain([0.72, 0.9])).toEqual([0, 1]);
    expect(alphaDomain([-0.2])).toEqual([-0.3, 1]);
  });
});
