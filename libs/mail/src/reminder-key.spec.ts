import { reminderKey } from './reminder-key';

describe('reminderKey', () => {
  const overdueSince = new Date('2026-12-02T10:45:00Z');
  const at = (iso: string) => reminderKey('sc-1', overdueSince, new Date(iso));

  it('is the same for the whole first day of being overdue, across midnight UTC', () => {
    expect(at('2026-12-02T10:45:00Z')).toBe('reminder:sc-1:day-0');
    expect(at('2026-12-02T23:50:00Z')).toBe('reminder:sc-1:day-0');
    expect(at('2026-12-03T00:05:00Z')).toBe('reminder:sc-1:day-0');
    expect(at('2026-12-03T10:44:59Z')).toBe('reminder:sc-1:day-0');
  });

  it('moves on once 24 hours have passed since the scorecard became overdue', () => {
    expect(at('2026-12-03T10:45:00Z')).toBe('reminder:sc-1:day-1');
    expect(at('2026-12-05T12:00:00Z')).toBe('reminder:sc-1:day-3');
  });

  it('names the scorecard, so two scorecards never share a key', () => {
    expect(reminderKey('sc-2', overdueSince, new Date('2026-12-02T12:00:00Z'))).toBe('reminder:sc-2:day-0');
  });
});
