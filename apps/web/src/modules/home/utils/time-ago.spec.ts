import { timeAgo } from './time-ago';

describe('timeAgo', () => {
  const now = Date.parse('2026-11-29T12:00:00Z');

  it('names the largest whole unit', () => {
    expect(timeAgo('2026-11-27T11:00:00Z', now, 'en')).toBe('2 days ago');
    expect(timeAgo('2026-11-29T09:30:00Z', now, 'en')).toBe('2 hours ago');
    expect(timeAgo('2026-11-29T11:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(timeAgo('2026-11-29T11:59:50Z', now, 'en')).toBe('this minute');
  });
});
