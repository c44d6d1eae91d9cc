import { DEFAULT_SORT, nextSort, sortRows } from '../utils/sort-rows';
import { searchForWeights, weightsFromSearch } from '../utils/weights-search';
import { weightsInForce } from '../utils/weights-in-force';
import { aComparison } from './comparison-fixtures';

const names = (rows: ReadonlyArray<{ candidate: { name: string } }>) => rows.map((row) => row.candidate.name);

describe('sortRows', () => {
  const { rows } = aComparison();

  it('puts the highest composite first and hidden candidates last', () => {
    expect(names(sortRows(rows, DEFAULT_SORT))).toEqual(['Ana Architect', 'Ben Builder', 'Cy Coder', 'Dee Hidden']);
    expect(names(sortRows(rows, { key: 'composite', direction: 'ascending' }))).toEqual([
      'Cy Coder',
      'Ben Builder',
      'Ana Architect',
      'Dee Hidden',
    ]);
  });

  it('breaks ties by name', () => {
    expect(names(sortRows(rows, { key: 'competency:databases', direction: 'descending' })).slice(0, 2)).toEqual([
      'Ben Builder',
      'Ana Architect',
    ]);
    expect(names(sortRows(rows, { key: 'competency:unknown', direction: 'descending' }))).toEqual([
      'Ana Architect',
      'Ben Builder',
      'Cy Coder',
      'Dee Hidden',
    ]);
  });

  it('flips the sorted column and starts another with the highest first', () => {
    expect(nextSort(DEFAULT_SORT, 'composite')).toEqual({ key: 'composite', direction: 'ascending' });
    expect(nextSort({ key: 'composite', direction: 'ascending' }, 'calibrated')).toEqual({ key: 'calibrated', direction: 'descending' });
  });
});

describe('weights in the address', () => {
  it('round-trips tried weights and ignores malformed entries', () => {
    const weights = [
      { competency: 'system-design', weight: 3 },
      { competency: 'databases', weight: 0.5 },
    ];
    const search = searchForWeights(weights);
    expect(weightsFromSearch(new URLSearchParams(search))).toEqual(weights);
    expect(weightsFromSearch(new URLSearchParams('w=databases:abc&w=nocolon&w=:2'))).toBeNull();
    expect(searchForWeights(null)).toBe('');
  });

  it('weighs every competency, counting unweighted ones once and preferring tried weights', () => {
    const comparison = aComparison();
    expect(weightsInForce(comparison)).toEqual([
      { competency: 'system-design', weight: 2 },
      { competency: 'databases', weight: 1 },
    ]);
    expect(weightsInForce(comparison, [{ competency: 'databases', weight: 4 }])).toEqual([
      { competency: 'system-design', weight: 1 },
      { competency: 'databases', weight: 4 },
    ]);
  });
});
