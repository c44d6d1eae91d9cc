import type { KitSnapshot } from '@panelist/kits';
import type { Recommendation, ScorecardStatus } from '@panelist/scorecards';
import { rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  ISelectDecisionsQuery,
  ISelectLoopsQuery,
  ISelectOrganizationRatingsQuery,
  ISelectOwnStatusesQuery,
  ISelectSeatsQuery,
  Json,
} from './panel-scorecards.repository.types';

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
  /** Revision id → prompt of the questions asked; only with evidence, on submitted seats. */
  prompts?: Record<string, string>;
}

/** The loops of a job or one loop (exactly one of `$jobId`, `$loopId` is given), with their candidates. */
const selectLoops = sql<ISelectLoopsQuery>`
  SELECT l.id AS "loopId", l.job_id AS "jobId", j.title AS "jobTitle", j.hiring_manager_id AS "hiringManagerId",
         c.id AS "candidateId", c.name AS "candidateName"
    FROM interview_loops l JOIN jobs j ON j.id = l.job_id JOIN candidates c ON c.id = l.candidate_id
   WHERE l.organization_id = $organizationId!
     AND ($jobId::uuid IS NULL OR l.job_id = $jobId)
     AND ($loopId::uuid IS NULL OR l.id = $loopId)
   ORDER BY c.name`;

export function loops(db: Queryable, organizationId: string, scope: { jobId: string } | { loopId: string }): Promise<LoopRow[]> {
  return rows(db, selectLoops, {
    organizationId,
    jobId: 'jobId' in scope ? scope.jobId : null,
    loopId: 'loopId' in scope ? scope.loopId : null,
  });
}

/**
 * Every panel seat of the given loops with what was submitted; the kit's sections, the answers and the
 * prompts of the revisions asked (submitted seats) only with `$evidence`.
 */
const selectSeats = sql<ISelectSeatsQuery>`
  SELECT s.id AS "scorecardId", s.interview_id AS "interviewId", i.loop_id AS "loopId", s.candidate_id AS "candidateId",
         s.interviewer_id AS "interviewerId", u.name AS "interviewerName", s.status, s.recommendation,
         CASE WHEN s.status = 'SUBMITTED' THEN s.summary ELSE '' END AS "summary!", s.submitted_at AS "submittedAt", jr.name AS "roundName?",
         jsonb_array_length(i.kit_snapshot->'ratingScale') AS "scalePoints!", i.kit_snapshot->'competencyWeights' AS "weights!",
         (SELECT coalesce(json_agg(sec->>'competency'), '[]') FROM jsonb_array_elements(i.kit_snapshot->'sections') sec) AS "competencies!",
         CASE WHEN s.status = 'SUBMITTED' THEN coalesce((SELECT json_agg(json_build_object('competency', r.competency, 'rating', r.rating))
           FROM scorecard_competency_ratings r WHERE r.scorecard_id = s.id), '[]') ELSE '[]' END AS "competencyRatings!",
         CASE WHEN $evidence!::boolean THEN i.kit_snapshot->'sections' END AS sections,
         CASE WHEN NOT $evidence!::boolean THEN NULL WHEN s.status = 'SUBMITTED' THEN coalesce((SELECT json_agg(json_build_object(
           'questionId', a.question_id, 'rating', a.rating, 'notAsked', a.not_asked, 'notes', a.notes))
           FROM scorecard_answers a WHERE a.scorecard_id = s.id), '[]') ELSE '[]' END AS answers,
         CASE WHEN $evidence!::boolean AND s.status = 'SUBMITTED' THEN (SELECT coalesce(json_object_agg(r.id, r.prompt), '{}')
           FROM question_revisions r WHERE r.id IN (SELECT (q->>'revisionId')::uuid
             FROM jsonb_array_elements(i.kit_snapshot->'sections') sec, jsonb_array_elements(sec->'questions') q)) END AS prompts
    FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
    LEFT JOIN job_rounds jr ON jr.id = i.round_id
   WHERE i.loop_id = ANY($loopIds!::uuid[]) ORDER BY i.scheduled_at, u.name`;

const list = <T>(json: Json): T[] => (Array.isArray(json) ? (json as unknown as T[]) : []);

/** Every panel seat of the loops; `evidence` adds the kit's sections and the submitted answers. */
export async function seats(db: Queryable, loopIds: readonly string[], evidence: boolean): Promise<SeatRow[]> {
  const found = await rows(db, selectSeats, { loopIds: [...loopIds], evidence });
  return found.map(({ weights, competencies, competencyRatings, sections, answers, prompts, ...seat }) => ({
    ...seat,
    weights: list<{ competency: string; weight: number }>(weights),
    competencies: list<string>(competencies),
    competencyRatings: list<{ competency: string; rating: number | null }>(competencyRatings),
    ...(evidence
      ? {
          sections: list<KitSnapshot['sections'][number]>(sections),
          answers: list<{ questionId: string; rating: number | null; notAsked: boolean; notes: string }>(answers),
          prompts: (prompts ?? {}) as unknown as Record<string, string>,
        }
      : {}),
  }));
}

const selectOwnStatuses = sql<ISelectOwnStatusesQuery>`
  SELECT candidate_id AS "candidateId", status FROM scorecards WHERE interviewer_id = $userId! AND candidate_id = ANY($candidateIds!::uuid[])`;

/** The statuses of the person's own scorecards of the candidates. */
export function ownStatuses(
  db: Queryable,
  userId: string,
  candidateIds: readonly string[],
): Promise<Array<{ candidateId: string; status: ScorecardStatus }>> {
  return rows(db, selectOwnStatuses, { userId, candidateIds: [...candidateIds] });
}

/**
 * Every submitted competency rating of an organization, for leniency and reliability — except on
 * candidates for whom the viewer still owes a scorecard: no figure may reflect a colleague's ratings
 * of a candidate before the viewer has submitted their own (independence).
 */
const selectOrganizationRatings = sql<ISelectOrganizationRatingsQuery>`
  SELECT s.interviewer_id AS "interviewerId", i.loop_id AS "loopId", l.job_id AS "jobId", r.competency, r.rating AS "rating!",
         jsonb_array_length(i.kit_snapshot->'ratingScale') AS "points!"
    FROM scorecard_competency_ratings r JOIN scorecards s ON s.id = r.scorecard_id
    JOIN interviews i ON i.id = s.interview_id JOIN interview_loops l ON l.id = i.loop_id
   WHERE s.organization_id = $organizationId! AND s.status = 'SUBMITTED' AND r.rating IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM scorecards owed WHERE owed.interviewer_id = $viewerId! AND owed.candidate_id = s.candidate_id AND owed.status <> 'SUBMITTED')`;

export function organizationRatings(
  db: Queryable,
  organizationId: string,
  viewerId: string,
): Promise<Array<{ interviewerId: string; loopId: string; jobId: string; competency: string; rating: number; points: number }>> {
  return rows(db, selectOrganizationRatings, { organizationId, viewerId });
}

const selectDecisions = sql<ISelectDecisionsQuery>`
  SELECT id, loop_id AS "loopId", decision, rationale, decided_by_name AS "decidedByName", decided_at AS "decidedAt"
    FROM hiring_decisions WHERE loop_id = ANY($loopIds!::uuid[]) ORDER BY decided_at DESC`;

/** The hiring decisions of the loops, newest first. */
export function decisions(db: Queryable, loopIds: readonly string[]) {
  return rows(db, selectDecisions, { loopIds: [...loopIds] });
}
