import { competencyLabel } from './competency-label';

describe('competencyLabel', () => {
  it('turns a slug into a name, keeping acronyms upper case, and leaves names alone', () => {
    expect(competencyLabel('api-design')).toBe('API design');
    expect(competencyLabel('distributed-systems')).toBe('Distributed systems');
    expect(competencyLabel('Architecture')).toBe('Architecture');
  });
});
