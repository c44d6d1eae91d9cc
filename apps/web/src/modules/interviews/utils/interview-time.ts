/** Dates and times in the viewer's own locale and time zone (the browser's), never the server's. */
const WHEN = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const SHORT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** e.g. "Tue, 3 Nov 2026, 10:00" in the viewer's locale. */
export function formatInterviewTime(iso: string): string {
  return WHEN.format(new Date(iso));
}

/** e.g. "3 Nov, 10:05": when a scorecard was submitted. */
export function formatShortTime(iso: string): string {
  return SHORT.format(new Date(iso));
}

/** The viewer's time zone name, e.g. "Europe/Berlin", for the hint under a date-time input. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO instant as the value of <input type="datetime-local"> in the viewer's time zone. */
export function toDateTimeLocal(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local wall-clock time) as an ISO instant, or null when it is not a date. */
export function fromDateTimeLocal(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const date = new Date(year, month - 1, day, hour, minute);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
