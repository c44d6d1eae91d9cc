import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { COMMON_SCALE, interviewerLeniency, leniencyMap, rescaleRating, type InterviewerRating } from '@panelist/scoring';
import type { ScorecardStatus } from '@panelist/scorecards';
import type { Principal } from '../common/auth/principal';
import { groupRows } from '../common/graphql/request-loaders';
import type { HiringDecisionDto } from '../hiring-decisions/dtos/hiring-decision.dto';
import * as repository from './panel-scorecards.repository';
import type { LoopRow, SeatRow } from './panel-scorecards.repository';

export type { LoopRow, SeatRow } from './panel-scorecards.repository';

export interface PanelData {
  loops: LoopRow[];
  seats: SeatRow[];
  /** The same seats by loop. */
  seatsByLoop: Map<string, SeatRow[]>;
  /** The viewer's own scorecard statuses per candidate, for the independence rule. */
  ownStatuses: Map<string, ScorecardStatus[]>;
  /** Interviewer → shrunk leniency across the organization, on the common scale. */
  leniency: Map<string, number>;
  /** Interviewer → lenient, severe, in line or not enough data. */
  leniencyLabels: Map<string, string>;
  /** Loop → decisions, newest first. */
  decisions: Map<string, HiringDecisionDto[]>;
  /** Every submitted competency rating of the organization (see organizationRatings). */
  ratings: Array<InterviewerRating & { jobId: string }>;
}

/**
 * Loads everything the panel scorecard and the job comparison need in a fixed number of statements,
 * whatever the number of candidates: loops, seats with their submitted content, the viewer's own
 * statuses, the organization's ratings for leniency, and decisions.
 */
@Injectable()
export class PanelDataService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(principal: Principal, scope: { jobId: string } | { loopId: string }, evidence = false): Promise<PanelData> {
    const loops = await repository.loops(this.db, principal.organizationId, scope);
    const loopIds = loops.map((loop) => loop.loopId);
    const candidateIds = [...new Set(loops.map((loop) => loop.candidateId))];
    const [seats, own, ratings, decisions] = await Promise.all([
      repository.seats(this.db, loopIds, evidence),
      repository.ownStatuses(this.db, principal.userId, candidateIds),
      this.organizationRatings(principal),
      repository.decisions(this.db, loopIds),
    ]);
    const ownStatuses = new Map(
      [...groupRows(own, (row) => row.candidateId)].map(([candidateId, rows]) => [candidateId, rows.map((row) => row.status)]),
    );
    const seatsByLoop = groupRows(seats, (seat) => seat.loopId);
    const decisionsByLoop = groupRows(decisions, (row) => row.loopId);
    const leniencies = interviewerLeniency(ratings);
    const leniencyLabels = new Map(leniencies.map((entry) => [entry.interviewerId, entry.label as string]));
    return {
      loops,
      seats,
      seatsByLoop,
      ownStatuses,
      leniency: leniencyMap(leniencies),
      leniencyLabels,
      decisions: decisionsByLoop,
      ratings,
    };
  }

  /** The prompts of the question revisions the seats' kits asked (they come with the seats' evidence). */
  prompts(seats: SeatRow[]): Map<string, string> {
    return new Map(seats.flatMap((seat) => Object.entries(seat.prompts ?? {})));
  }

  /**
   * The submitted competency ratings of the organization that the viewer may have reflected in a
   * figure, on the common 1–4 scale, with the loop as the "candidate" (panels are per loop). One
   * statement; the basis of leniency and reliability.
   */
  async organizationRatings(viewer: Pick<Principal, 'organizationId' | 'userId'>): Promise<Array<InterviewerRating & { jobId: string }>> {
    const rows = await repository.organizationRatings(this.db, viewer.organizationId, viewer.userId);
    return rows.map((row) => ({
      interviewerId: row.interviewerId,
      candidateId: row.loopId,
      jobId: row.jobId,
      competency: row.competency,
      value: rescaleRating(row.rating, { min: 1, max: row.points }, COMMON_SCALE),
    }));
  }
}
