import { sameName, tombstoneEmail, tombstoneName, wholeNamePattern } from './tombstone';

describe('tombstone', () => {
  const id = '1a2b3c4d-0000-4000-8000-000000000000';

  it('names the erased candidate by the start of their id and gives a unique, undeliverable email', () => {
    expect(tombstoneName(id)).toBe('Erased candidate 1a2b3c4d');
    expect(tombstoneEmail(id)).toBe(`erased-${id}@erased.invalid`);
  });

  it('accepts the name typed with other case and spacing, nothing else', () => {
    expect(sameName('  casey   CANDIDATE ', 'Casey Candidate')).toBe(true);
    expect(sameName('Casey', 'Casey Candidate')).toBe(false);
  });

  it('escapes the name for a whole-word regular expression', () => {
    expect(wholeNamePattern('J. R. (Bob)')).toBe('(^|[^[:alnum:]_])j\\.\\s+r\\.\\s+\\(bob\\)($|[^[:alnum:]_])');
  });
});
