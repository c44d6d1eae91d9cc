import { competencyKey, competencyLabel } from './competency-label';

describe('competencyLabel', () => {
  it('turns a slug into a name, keeping acronyms upper case, and leaves names alone', () => {
    expect(competencyLabel('api-design')).toBe('API design');
    expect(competencyLabel('distributed-systems')).toBe('Distributed systems');
    expect(competencyLabel('Architecture')).toBe('Architecture');
  });
});

describe('competencyKey', () => {
  it('stores one spelling of a competency however it was typed', () => {
    expect(competencyKey('API design')).toBe('api-design');
    expect(competencyKey('  api   Design ')).toBe('api-design');
    expect(competencyKey('api-design')).toBe('api-design');
    expect(competencyKey('Architecture')).toBe('architecture');
    expect(competencyKey('C++')).toBe('c++');
    expect(competencyKey('Архитектура')).toBe('архитектура');
    expect(competencyKey('   ')).toBe('');
  });

  it('reads back every key from its label, so a kit opened and saved again keeps its competencies', () => {
    for (const key of ['api-design', 'distributed-systems', 'sql', 'ci-cd', 'architecture', 'node.js', 'c++', 'архитектура']) {
      expect(competencyKey(competencyLabel(key))).toBe(key);
    }
  });
});
