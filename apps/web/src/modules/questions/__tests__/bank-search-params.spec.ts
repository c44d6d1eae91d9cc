import { activeFilterCount, readBankSearch, toFilterInput, toggleFacet, writeBankSearch } from '../utils/bank-search-params';

describe('bank search params', () => {
  it('reads repeated filters from the query string and ignores values the API would reject', () => {
    const state = readBankSearch(new URLSearchParams('q=kafka+lag&type=CODING&type=NOPE&difficulty=SENIOR&tag=Kafka&tag=Go&rubric=no'));

    expect(state).toEqual({
      search: 'kafka lag',
      types: ['CODING'],
      difficulties: ['SENIOR'],
      competencies: [],
      tags: ['Kafka', 'Go'],
      hasRubric: false,
    });
    expect(activeFilterCount(state)).toBe(5);
  });

  it('writes back what it reads, so a reload restores the same search', () => {
    const query = 'q=%22rate+limiting%22+-redis&type=BEHAVIOURAL&competency=api-design&rubric=yes';
    expect(writeBankSearch(readBankSearch(new URLSearchParams(query))).toString()).toBe(query);
  });

  it('toggles a facet value on and off', () => {
    const empty = readBankSearch(new URLSearchParams());
    const on = toggleFacet(empty, 'tags', 'PostgreSQL');
    expect(on.tags).toEqual(['PostgreSQL']);
    expect(toggleFacet(on, 'tags', 'PostgreSQL').tags).toEqual([]);
  });

  it('leaves empty selections out of the API filter', () => {
    expect(toFilterInput(readBankSearch(new URLSearchParams('q=x')))).toEqual({});
    expect(toFilterInput(readBankSearch(new URLSearchParams('difficulty=JUNIOR&rubric=yes')))).toEqual({
      difficulties: ['JUNIOR'],
      hasRubric: true,
    });
  });
});
