import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { COMMON_SCALE, interviewerLeniency, leniencyMap, rescaleRating, type InterviewerRating } from '@panelist/scoring';
import type { Recommendation, ScorecardStatus } from '@panelist/scorecards';
import type { Principal } from '../common/auth/principal';
import { groupRows } from '../common/graphql/request-loaders';
import type { HiringDecisionDto } from '../hiring-decisions/dtos/hiring-decision.dto';
import type { KitSnapshot } from '@panelist/kits';

export interface LoopRow {
  loopId: string;
  jobId: string;
  jobTitle: string;
  hiringManagerId: string;
  candidateId: string;
  candidateName: string;
}

/** One panel seat of a loop: who, how far, and (once submitted) what they said. */
export interface SeatRow {
  scorecardId: string;
  interviewId: string;
  loopId: string;
  candidateId: string;
  interviewerId: string;
  interviewerName: string;
  status: ScorecardStatus;
  recommendation: Recommendation | null;
  summary: string;
  submittedAt: Date | null;
  roundName: string | null;
  scalePoints: number;
  competencies: string[];
  weights: Array<{ competency: string; weight: number }>;
  competencyRatings: Array<{ competency: string; rating: number | null }>;
  /** Only when evidence was asked for. */
  answers?: Array<{ questionId: string; rating: number | null; notAsked: boolean; notes: string }>;
  sections?: KitSnapshot['sections'];
}

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

const SEAT_COLUMNS = (
  evidence: boolean,
) => `s.id AS "scorecardId", s.interview_id AS "interviewId", i.loop_id AS "loopId", s.candidate_id AS "candidateId",
  s.interviewer_id AS "interviewerId", u.name AS "interviewerName", s.status, s.recommendation,
  CASE WHEN s.status = 'SUBMITTED' THEN s.summary ELSE '' END AS summary, s.submitted_at AS "submittedAt", jr.name AS "roundName",
  jsonb_array_length(i.kit_snapshot->'ratingScale') AS "scalePoints", i.kit_snapshot->'competencyWeights' AS weights,
  (SELECT coalesce(json_agg(sec->>'competency'), '[]') FROM jsonb_array_elements(i.kit_snapshot->'sections') sec) AS competencies,
  CASE WHEN s.status = 'SUBMITTED' THEN coalesce((SELECT json_agg(json_build_object('competency', r.competency, 'rating', r.rating))
    FROM scorecard_competency_ratings r WHERE r.scorecard_id = s.id), '[]') ELSE '[]' END AS "competencyRatings"
  ${
    evidence
      ? `, i.kit_snapshot->'sections' AS sections, CASE WHEN s.status = 'SUBMITTED' THEN coalesce((SELECT json_agg(json_build_object(
      'questionId', a.question_id, 'rating', a.rating, 'notAsked', a.not_asked, 'notes', a.notes)) FROM scorecard_answers a WHERE a.scorecard_id = s.id), '[]') ELSE '[]' END AS answers`
      : ''
  }`;

/** The loops of a job (or one loop), with their candidates. $1 organization, $2 job or loop id. */
export const LOOPS_SQL = (
  byJob: boolean,
) => `SELECT l.id AS "loopId", l.job_id AS "jobId", j.title AS "jobTitle", j.hiring_manager_id AS "hiringManagerId",
       c.id AS "candidateId", c.name AS "candidateName"
  FROM interview_loops l JOIN jobs j ON j.id = l.job_id JOIN candidates c ON c.id = l.candidate_id
 WHERE l.organization_id = $1 AND ${byJob ? 'l.job_id' : 'l.id'} = $2
 ORDER BY c.name`;

/** Every panel seat of the given loops ($1) with what was submitted. */
export const SEATS_SQL = (evidence: boolean) => `SELECT ${SEAT_COLUMNS(evidence)}
  FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
  LEFT JOIN job_rounds jr ON jr.id = i.round_id
 WHERE i.loop_id = ANY($1::uuid[]) ORDER BY i.scheduled_at, u.name`;

/**
 * Every submitted competency rating of an organization ($1), for leniency and reliability — except
 * on candidates for whom the viewer ($2) still owes a scorecard: no figure may reflect a colleague's
 * ratings of a candidate before the viewer has submitted their own (independence).
 */
export const ORGANIZATION_RATINGS_SQL = `SELECT s.interviewer_id AS "interviewerId", i.loop_id AS "loopId", l.job_id AS "jobId", r.competency, r.rating,
       jsonb_array_length(i.kit_snapshot->'ratingScale') AS points
  FROM scorecard_competency_ratings r JOIN scorecards s ON s.id = r.scorecard_id
  JOIN interviews i ON i.id = s.interview_id JOIN interview_loops l ON l.id = i.loop_id
 WHERE s.organization_id = $1 AND s.status = 'SUBMITTED' AND r.rating IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM scorecards owed WHERE owed.interviewer_id = $2 AND owed.candidate_id = s.candidate_id AND owed.status <> 'SUBMITTED')`;

/**
 * Loads everything the panel scorecard and the job comparison need in a fixed number of statements,
 * whatever the number of candidates: loops, seats with their submitted content, the viewer's own
 * statuses, the organization's ratings for leniency, and decisions.
 */
@Injectable()
export class PanelDataService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(principal: Principal, scope: { jobId: string } | { loopId: string }, evidence = false): Promise<PanelData> {
    const byJob = 'jobId' in scope;
    const loops = await this.db.query<LoopRow[]>(LOOPS_SQL(byJob), [principal.organizationId, byJob ? scope.jobId : scope.loopId]);
    const loopIds = loops.map((loop) => loop.loopId);
    const candidateIds = [...new Set(loops.map((loop) => loop.candidateId))];
    const [seats, own, ratings, decisions] = await Promise.all([
      this.db.query<SeatRow[]>(SEATS_SQL(evidence), [loopIds]),
      this.db.query<Array<{ candidateId: string; status: ScorecardStatus }>>(
        `SELECT candidate_id AS "candidateId", status FROM scorecards WHERE interviewer_id = $1 AND candidate_id = ANY($2::uuid[])`,
        [principal.userId, candidateIds],
      ),
      this.organizationRatings(principal),
      this.db.query<HiringDecisionDto[]>(
        `SELECT id, loop_id AS "loopId", decision, rationale, decided_by_name AS "decidedByName", decided_at AS "decidedAt"
           FROM hiring_decisions WHERE loop_id = ANY($1::uuid[]) ORDER BY decided_at DESC`,
        [loopIds],
      ),
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

  /** The prompts of the question revisions the seats' kits asked (one statement). */
  async prompts(seats: SeatRow[]): Promise<Map<string, string>> {
    const ids = [
      ...new Set(seats.flatMap((seat) => (seat.sections ?? []).flatMap((section) => section.questions.map((q) => q.revisionId)))),
    ];
    if (!ids.length) return new Map();
    const rows = await this.db.query<Array<{ id: string; prompt: string }>>(
      `SELECT id, prompt FROM question_revisions WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.prompt]));
  }

  /**
   * The submitted competency ratings of the organization that the viewer may have reflected in a
   * figure, on the common 1–4 scale, with the loop as the "candidate" (panels are per loop). One
   * statement; the basis of leniency and reliability.
   */
  async organizationRatings(viewer: Pick<Principal, 'organizationId' | 'userId'>): Promise<Array<InterviewerRating & { jobId: string }>> {
    const rows = await this.db.query<
      Array<{ interviewerId: string; loopId: string; jobId: string; competency: string; rating: number; points: number }>
    >(ORGANIZATION_RATINGS_SQL, [viewer.organizationId, viewer.userId]);
    return rows.map((row) => ({
      interviewerId: row.interviewerId,
      candidateId: row.loopId,
      jobId: row.jobId,
      competency: row.competency,
      value: rescaleRating(row.rating, { min: 1, max: row.points }, COMMON_SCALE),
    }));
  }
}
