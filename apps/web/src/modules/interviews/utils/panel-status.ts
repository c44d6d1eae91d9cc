import type { LoopPanelSeatFragment, ScorecardStatus } from '../../../generated/graphql';

export const SEAT_STATUS_LABELS: Record<ScorecardStatus, string> = {
  PENDING: 'Pending',
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
};

/** One sentence per status, for the tooltip and for screen readers. */
export const SEAT_STATUS_DESCRIPTIONS: Record<ScorecardStatus, string> = {
  PENDING: 'Has not started the scorecard',
  DRAFT: 'Scoring: the draft is visible only to its author',
  SUBMITTED: 'Scorecard submitted and locked',
};

/** What the live region says when a seat changes, e.g. "Dana Interviewer submitted their scorecard". */
export function describeProgress(seat: Pick<LoopPanelSeatFragment, 'status' | 'amendments' | 'interviewer'>): string {
  const name = seat.interviewer.name;
  switch (seat.status) {
    case 'SUBMITTED':
      return seat.amendments > 0 ? `${name} amended their scorecard` : `${name} submitted their scorecard`;
    case 'DRAFT':
      return `${name} started their scorecard`;
    case 'PENDING':
      return `${name} has not started their scorecard`;
  }
}

/** e.g. "1 of 3 submitted". */
export function panelProgressSummary(seats: ReadonlyArray<Pick<LoopPanelSeatFragment, 'status'>>): string {
  const submitted = seats.filter((seat) => seat.status === 'SUBMITTED').length;
  return `${submitted} of ${seats.length} submitted`;
}
