const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The idempotency key of a scorecard reminder: one per 24 hours counted from the moment the scorecard
 * became overdue (the interview's end plus the reminder delay), not one per calendar day, so a reminder
 * sent at 23:50 is not followed by another at 00:05. However many instances run the sweep, and however
 * often, a scorecard's reminders stay a day apart; the same key on both sides of a sweep's race lets
 * one through.
 */
export function reminderKey(scorecardId: string, overdueSince: Date, now: Date): string {
  const day = Math.max(0, Math.floor((now.getTime() - overdueSince.getTime()) / DAY_MS));
  return `reminder:${scorecardId}:day-${day}`;
}
