import { summarizePanel, type CompetencyWeight, type PanelSummary } from '@panelist/scoring';
import { mayReadPanelScorecards } from '@panelist/scorecards';
import type { Principal } from '../common/auth/principal';
import type { PanelFiguresDto, RecommendationTallyDto } from './dtos/panel-scorecard.dto';
import type { LoopRow, PanelData, SeatRow } from './panel-data.service';

/** The competencies of the loop's kits in kit order, each once. */
export function competenciesOf(seats: SeatRow[]): string[] {
  return [...new Set(seats.flatMap((seat) => seat.competencies))];
}

/** The kits' competency weights; where two kits weigh one competency, the first interview's counts. */
export function weightsOf(seats: SeatRow[]): CompetencyWeight[] {
  const weights = new Map<string, number>();
  for (const seat of seats)
    for (const entry of seat.weights) if (!weights.has(entry.competency)) weights.set(entry.competency, entry.weight);
  return [...weights].map(([competency, weight]) => ({ competency, weight }));
}

function tallyOf(summary: PanelSummary): RecommendationTallyDto {
  const { counts, total, lean, split } = summary.tally;
  return { strongNo: counts.STRONG_NO, no: counts.NO, yes: counts.YES, strongYes: counts.STRONG_YES, total, lean, split };
}

/**
 * A loop's panel figures as this viewer may see them. Independence: a viewer who still owes a
 * scorecard for the candidate sees who has submitted, but no ratings, composites or decision.
 */
export function panelFigures(
  principal: Principal,
  data: PanelData,
  loop: LoopRow,
  options: { competencies: string[]; weights: CompetencyWeight[] },
): PanelFiguresDto {
  const seats = data.seatsByLoop.get(loop.loopId) ?? [];
  const submitted = seats.filter((seat) => seat.status === 'SUBMITTED');
  const visible = mayReadPanelScorecards(principal.role, data.ownStatuses.get(loop.candidateId) ?? []);
  const summary = summarizePanel(visible ? submitted : [], { ...options, leniency: data.leniency });
  return {
    visible,
    competencies: summary.competencies,
    tally: tallyOf(summary),
    rawComposite: summary.rawComposite,
    calibratedComposite: summary.calibratedComposite,
    disagreements: summary.disagreements,
    submitted: submitted.length,
    submittedBy: submitted.map((seat) => ({ userId: seat.interviewerId, name: seat.interviewerName })),
    expected: seats.length,
    missing: seats
      .filter((seat) => seat.status !== 'SUBMITTED')
      .map((seat) => ({
        interviewId: seat.interviewId,
        roundName: seat.roundName,
        status: seat.status,
        interviewer: { userId: seat.interviewerId, name: seat.interviewerName },
      })),
    decision: visible ? (data.decisions.get(loop.loopId)?.[0] ?? null) : null,
  };
}
