import { slugFrom } from './organization-slug';

describe('slugFrom', () => {
  it.each([
    ['Acme Inc.', 'acme-inc'],
    ['  Société Générale — Paris  ', 'societe-generale-paris'],
    ['X', 'org-x'],
    ['日本', 'org-new'],
  ])('%s → %s', (name, slug) => {
    expect(slugFrom(name)).toBe(slug);
    expect(slug).toMatch(/^[a-z0-9][a-z0-9-]{1,62}$/);
  });

  it('stays within the length limit without a trailing dash', () => {
    const slug = slugFrom(`${'a'.repeat(55)} b`);
    expect(slug.length).toBeLessThanOrEqual(56);
    expect(slug).not.toMatch(/-$/);
  });
});
