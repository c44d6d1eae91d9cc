const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "14 Dec 2026, 09:30" in the browser's time zone. */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 24 * 60 * 60 * 1000],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
];

/** "in 7 days", "in 3 hours", "2 days ago": the distance to `iso` in its largest whole unit. */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const distance = new Date(iso).getTime() - now;
  const format = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    // Rounded: a link made a minute ago expires "in 7 days", not "in 6 days".
    if (Math.abs(distance) >= size) return format.format(Math.round(distance / size), unit);
  }
  return format.format(0, 'minute');
}

/** "14 Dec 2026, 09:30 (in 7 days)" — when a link or session stops working. */
export function describeExpiry(iso: string, now: number = Date.now()): string {
  return `${formatDateTime(iso)} (${relativeTime(iso, now)})`;
}
