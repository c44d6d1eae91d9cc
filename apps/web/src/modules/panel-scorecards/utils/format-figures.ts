import type { HiringDecisionKind } from '../../../generated/graphql';

/** The dash shown for a figure that cannot be computed (nobody rated, no comparisons…). */
export const NO_FIGURE = '–';

/** A score or mean on the 1–4 scale: two decimals, or a dash. */
export function formatScore(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(2) : NO_FIGURE;
}

/** A signed difference such as a leniency: "+0.25", "−0.40", "0.00". */
export function formatSigned(value: number | null | undefined, digits = 2): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO_FIGURE;
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return (0).toFixed(digits);
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(digits)}`;
}

/** Hours as people say them: "45 min", "3.5 h", "2.1 days". */
export function formatHours(hours: number | null | undefined): string {
  if (typeof hours !== 'number' || !Number.isFinite(hours)) return NO_FIGURE;
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Number(hours.toFixed(1))} h`;
  return `${Number((hours / 24).toFixed(1))} days`;
}

export const DECISION_LABELS: Record<HiringDecisionKind, string> = {
  HIRE: 'Hire',
  NO_HIRE: 'No hire',
  HOLD: 'Hold',
};

export const DECISION_ORDER: readonly HiringDecisionKind[] = ['HIRE', 'NO_HIRE', 'HOLD'];

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDecidedAt(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}
