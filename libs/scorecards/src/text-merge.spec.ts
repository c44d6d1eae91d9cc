import { mergeTexts } from './text-merge';

describe('mergeTexts', () => {
  it('keeps a sentence both sides share once, and each side’s own sentence where it stood', () => {
    expect(mergeTexts('Strong on caching. Clear about TTLs.', 'Strong on caching. Missed invalidation.')).toBe(
      'Strong on caching. Clear about TTLs. Missed invalidation.',
    );
    expect(
      mergeTexts('Opened with the data model. Good on indexes.', 'Opened with the data model. Asked about load. Good on indexes.'),
    ).toBe('Opened with the data model. Asked about load. Good on indexes.');
  });

  it('merges notes written as lines by line, each side’s new line on its own line', () => {
    expect(mergeTexts('- sharding\n- replicas', '- sharding\n- backups')).toBe('- sharding\n- replicas\n- backups');
  });

  it('joins two texts with nothing in common, theirs first, on separate lines', () => {
    expect(mergeTexts('theirs', 'mine')).toBe('theirs\nmine');
    expect(mergeTexts('Their view.', 'My view.')).toBe('Their view. My view.');
  });

  it('returns one side when it already holds the other, or the other is empty', () => {
    expect(mergeTexts('theirs and mine', 'mine')).toBe('theirs and mine');
    expect(mergeTexts('Short.', 'Short. And more.')).toBe('Short. And more.');
    expect(mergeTexts('', 'mine')).toBe('mine');
    expect(mergeTexts('theirs', '  ')).toBe('theirs');
  });

  it('ignores differences in spacing when matching sentences', () => {
    expect(mergeTexts('Good  answer. Then more.', 'Good answer. Something else.')).toBe('Good  answer. Then more. Something else.');
  });
});
