import type { KitSnapshot } from '@panelist/kits';
import type { ScorecardStatus } from '@panelist/scorecards';
import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type { InterviewDto, OverdueScorecardDto, PanelSeatDto } from './dtos/interview.dto';
import type { InterviewLoopDto } from './dtos/interview-loop.dto';
import type { ScorecardDto } from '../scorecards/dtos/scorecard.dto';
import type {
  IDeleteInterviewQuery,
  IDeleteSeatsExceptQuery,
  ISelectPanelIdsQuery,
  IFindJobAndCandidateQuery,
  IFindRoundKitQuery,
  IFindScorersQuery,
  IFindStartedSeatQuery,
  IInsertInterviewQuery,
  IInsertLoopQuery,
  IInsertSeatsQuery,
  ISelectInterviewQuery,
  ISelectInterviewsOfLoopsQuery,
  ISelectLoopsQuery,
  ISelectMyInterviewsQuery,
  ISelectOverdueQuery,
  ISelectSeatsQuery,
  IUpdateInterviewQuery,
  Json,
  member_role,
} from './interviews.repository.types';

const candidateOf = (json: Json) => json as unknown as InterviewDto['candidate'];
const personOf = (json: Json) => json as unknown as PanelSeatDto['interviewer'];

// ---- loops

const findJobAndCandidate = sql<IFindJobAndCandidateQuery>`
  SELECT (SELECT id FROM jobs WHERE organization_id = $organizationId! AND id = $jobId!) AS job,
         (SELECT id FROM candidates WHERE organization_id = $organizationId! AND id = $candidateId! AND erased_at IS NULL) AS candidate`;

/** Whether the job and the (not erased) candidate are the organization's. */
export async function jobAndCandidateExist(
  db: Queryable,
  organizationId: string,
  jobId: string,
  candidateId: string,
): Promise<{ job: boolean; candidate: boolean }> {
  const pair = await first(db, findJobAndCandidate, { organizationId, jobId, candidateId });
  return { job: !!pair?.job, candidate: !!pair?.candidate };
}

const insertLoop = sql<IInsertLoopQuery>`
  INSERT INTO interview_loops (organization_id, job_id, candidate_id) VALUES ($organizationId!, $jobId!, $candidateId!)
  ON CONFLICT (job_id, candidate_id) DO NOTHING RETURNING id`;

/** The new loop's id, or undefined when the candidate already has a loop for the job. */
export async function createLoop(db: Queryable, loop: { organizationId: string; jobId: string; candidateId: string }) {
  return (await first(db, insertLoop, loop))?.id;
}

/** Loops by organization and id, or (for DataLoader) by job or candidate; null filters are not applied. Newest first. */
const selectLoops = sql<ISelectLoopsQuery>`
  SELECT l.id, l.job_id AS "jobId", l.candidate_id AS "candidateId", l.created_at AS "createdAt"
    FROM interview_loops l
   WHERE ($organizationId::uuid IS NULL OR l.organization_id = $organizationId)
     AND ($id::uuid IS NULL OR l.id = $id)
     AND ($jobIds::uuid[] IS NULL OR l.job_id = ANY($jobIds))
     AND ($candidateIds::uuid[] IS NULL OR l.candidate_id = ANY($candidateIds))
   ORDER BY l.created_at DESC`;

export function findLoop(db: Queryable, organizationId: string, id: string): Promise<InterviewLoopDto | undefined> {
  return first(db, selectLoops, { organizationId, id, jobIds: null, candidateIds: null });
}

/** The loops of the jobs (`job_id`) or of the candidates (`candidate_id`), newest first. */
export function loopsBy(db: Queryable, column: 'job_id' | 'candidate_id', ids: readonly string[]): Promise<InterviewLoopDto[]> {
  return rows(db, selectLoops, {
    organizationId: null,
    id: null,
    jobIds: column === 'job_id' ? [...ids] : null,
    candidateIds: column === 'candidate_id' ? [...ids] : null,
  });
}

// ---- interviews

// The three interview selections repeat one column list (pgtyped takes whole statements).
const selectInterviewsOfLoops = sql<ISelectInterviewsOfLoopsQuery>`
  SELECT i.id, i.loop_id AS "loopId", l.job_id AS "jobId", j.title AS "jobTitle", i.round_id AS "roundId", jr.name AS "roundName?",
         json_build_object('id', c.id, 'name', c.name) AS "candidate!", i.scheduled_at AS "scheduledAt",
         i.duration_minutes AS "durationMinutes", i.version, i.kit_snapshot AS "kitSnapshot"
    FROM interviews i JOIN interview_loops l ON l.id = i.loop_id JOIN jobs j ON j.id = l.job_id
    JOIN candidates c ON c.id = l.candidate_id LEFT JOIN job_rounds jr ON jr.id = i.round_id
   WHERE i.loop_id = ANY($loopIds!::uuid[]) ORDER BY i.scheduled_at`;

/**
 * Loop managers (`$everyone`) see any interview of the organization; anyone else only those they sit on.
 * With `$withScorecard`, the row carries the caller's own scorecard too (interview mode shows it), so
 * the page does not wait for a second statement.
 */
const selectInterview = sql<ISelectInterviewQuery>`
  SELECT i.id, i.loop_id AS "loopId", l.job_id AS "jobId", j.title AS "jobTitle", i.round_id AS "roundId", jr.name AS "roundName?",
         json_build_object('id', c.id, 'name', c.name) AS "candidate!", i.scheduled_at AS "scheduledAt",
         i.duration_minutes AS "durationMinutes", i.version, i.kit_snapshot AS "kitSnapshot",
         CASE WHEN $withScorecard!::boolean AND s.id IS NOT NULL THEN json_build_object(
           'id', s.id, 'interviewId', s.interview_id, 'candidateId', s.candidate_id, 'interviewerId', s.interviewer_id,
           'interviewer', json_build_object('userId', u.id, 'name', u.name), 'status', s.status, 'version', s.version,
           'revision', s.revision, 'recommendation', s.recommendation, 'summary', s.summary, 'startedAt', s.started_at,
           'submittedAt', s.submitted_at, 'updatedAt', s.updated_at,
           'answers', COALESCE((SELECT json_agg(json_build_object('questionId', a.question_id, 'rating', a.rating, 'notAsked', a.not_asked, 'notes', a.notes))
                                  FROM scorecard_answers a WHERE a.scorecard_id = s.id), '[]'),
           'competencyRatings', COALESCE((SELECT json_agg(json_build_object('competency', r.competency, 'rating', r.rating) ORDER BY r.competency)
                                  FROM scorecard_competency_ratings r WHERE r.scorecard_id = s.id), '[]')) END AS "myScorecard"
    FROM interviews i JOIN interview_loops l ON l.id = i.loop_id JOIN jobs j ON j.id = l.job_id
    JOIN candidates c ON c.id = l.candidate_id LEFT JOIN job_rounds jr ON jr.id = i.round_id
    LEFT JOIN scorecards s ON s.interview_id = i.id AND s.interviewer_id = $userId!
    LEFT JOIN users u ON u.id = s.interviewer_id
   WHERE i.organization_id = $organizationId! AND i.id = $id! AND ($everyone!::boolean OR s.id IS NOT NULL)`;

/**
 * The person's interviews: ones still to score first (soonest first), then submitted ones (latest
 * first). With `$withScorecard`, each row carries the person's own scorecard too (the page shows
 * its status), so the list is one statement.
 */
const selectMyInterviews = sql<ISelectMyInterviewsQuery>`
  SELECT i.id, i.loop_id AS "loopId", l.job_id AS "jobId", j.title AS "jobTitle", i.round_id AS "roundId", jr.name AS "roundName?",
         json_build_object('id', c.id, 'name', c.name) AS "candidate!", i.scheduled_at AS "scheduledAt",
         i.duration_minutes AS "durationMinutes", i.version, i.kit_snapshot AS "kitSnapshot",
         CASE WHEN $withScorecard!::boolean THEN json_build_object(
           'id', s.id, 'interviewId', s.interview_id, 'candidateId', s.candidate_id, 'interviewerId', s.interviewer_id,
           'interviewer', json_build_object('userId', u.id, 'name', u.name), 'status', s.status, 'version', s.version,
           'revision', s.revision, 'recommendation', s.recommendation, 'summary', s.summary, 'startedAt', s.started_at,
           'submittedAt', s.submitted_at, 'updatedAt', s.updated_at,
           'answers', COALESCE((SELECT json_agg(json_build_object('questionId', a.question_id, 'rating', a.rating, 'notAsked', a.not_asked, 'notes', a.notes))
                                  FROM scorecard_answers a WHERE a.scorecard_id = s.id), '[]'),
           'competencyRatings', COALESCE((SELECT json_agg(json_build_object('competency', r.competency, 'rating', r.rating) ORDER BY r.competency)
                                  FROM scorecard_competency_ratings r WHERE r.scorecard_id = s.id), '[]')) END AS "myScorecard"
    FROM interviews i JOIN interview_loops l ON l.id = i.loop_id JOIN jobs j ON j.id = l.job_id
    JOIN candidates c ON c.id = l.candidate_id LEFT JOIN job_rounds jr ON jr.id = i.round_id
    JOIN scorecards s ON s.interview_id = i.id AND s.interviewer_id = $userId!
    JOIN users u ON u.id = s.interviewer_id
   WHERE i.organization_id = $organizationId!
   ORDER BY s.status = 'SUBMITTED', CASE WHEN s.status = 'SUBMITTED' THEN -extract(epoch FROM i.scheduled_at) ELSE extract(epoch FROM i.scheduled_at) END
   LIMIT 200`;

type InterviewRow = Awaited<ReturnType<typeof selectInterviewsOfLoops.run>>[number];

const toInterview = ({ candidate, kitSnapshot, ...interview }: InterviewRow): InterviewDto => ({
  ...interview,
  candidate: candidateOf(candidate),
  kitSnapshot: kitSnapshot as unknown as KitSnapshot,
});

export async function interviewsOfLoops(db: Queryable, loopIds: readonly string[]): Promise<InterviewDto[]> {
  return (await rows(db, selectInterviewsOfLoops, { loopIds: [...loopIds] })).map(toInterview);
}

type JsonDates<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/** The caller's own scorecard as a statement built it with json_build_object (dates as text). */
function ownScorecard(json: Json): ScorecardDto {
  const card = json as unknown as JsonDates<ScorecardDto>;
  return { ...card, startedAt: dateOrNull(card.startedAt), submittedAt: dateOrNull(card.submittedAt), updatedAt: new Date(card.updatedAt) };
}

/** One interview; with `withScorecard`, it carries the caller's own scorecard (`loadedMyScorecard`, null when they sit on no seat). */
export async function findInterview(
  db: Queryable,
  query: { organizationId: string; id: string; userId: string; everyone: boolean; withScorecard?: boolean },
): Promise<InterviewDto | undefined> {
  const row = await first(db, selectInterview, { ...query, withScorecard: query.withScorecard ?? false });
  if (!row) return undefined;
  const { myScorecard, ...interview } = row;
  if (!query.withScorecard) return toInterview(interview);
  return { ...toInterview(interview), loadedMyScorecard: myScorecard === null ? null : ownScorecard(myScorecard) };
}

/** The person's interviews; with `withScorecard`, each carries their own scorecard (`loadedMyScorecard`). */
export async function myInterviews(db: Queryable, organizationId: string, userId: string, withScorecard: boolean): Promise<InterviewDto[]> {
  return (await rows(db, selectMyInterviews, { organizationId, userId, withScorecard })).map(({ myScorecard, ...row }) => {
    const interview = toInterview(row);
    return withScorecard ? { ...interview, loadedMyScorecard: ownScorecard(myScorecard) } : interview;
  });
}

const insertInterview = sql<IInsertInterviewQuery>`
  INSERT INTO interviews (organization_id, loop_id, round_id, kit_id, kit_snapshot, scheduled_at, duration_minutes)
  VALUES ($organizationId!, $loopId!, $roundId, $kitId!, $kitSnapshot!, $scheduledAt!, $durationMinutes!) RETURNING id`;

export async function createInterview(
  db: Queryable,
  interview: {
    organizationId: string;
    loopId: string;
    roundId: string | null;
    kitId: string;
    kitSnapshot: KitSnapshot;
    scheduledAt: Date;
    durationMinutes: number;
  },
): Promise<string> {
  const [row] = await rows(db, insertInterview, { ...interview, kitSnapshot: JSON.stringify(interview.kitSnapshot) });
  return row.id;
}

/** 0 rows when `version` is stale. A null duration keeps the current one. */
const updateInterview = sql<IUpdateInterviewQuery>`
  UPDATE interviews SET scheduled_at = $scheduledAt!, duration_minutes = COALESCE($durationMinutes::int, duration_minutes),
         version = version + 1, updated_at = now()
   WHERE organization_id = $organizationId! AND id = $id! AND version = $version!`;

export function updateSchedule(
  db: Queryable,
  change: { organizationId: string; id: string; scheduledAt: Date; durationMinutes: number | null; version: number },
): Promise<number> {
  return execute(db, updateInterview, change);
}

const findStartedSeat = sql<IFindStartedSeatQuery>`SELECT 1 AS "one" FROM scorecards WHERE interview_id = $interviewId! AND status <> 'PENDING' LIMIT 1`;

/** Whether anyone has started scoring the interview. */
export async function scoringStarted(db: Queryable, interviewId: string): Promise<boolean> {
  return (await first(db, findStartedSeat, { interviewId })) !== undefined;
}

const deleteInterview = sql<IDeleteInterviewQuery>`DELETE FROM interviews WHERE id = $id!`;

export async function removeInterview(db: Queryable, id: string): Promise<void> {
  await execute(db, deleteInterview, { id });
}

const selectOverdue = sql<ISelectOverdueQuery>`
  SELECT s.id, s.interview_id AS "interviewId", i.loop_id AS "loopId", j.title AS "jobTitle", jr.name AS "roundName?",
         json_build_object('id', c.id, 'name', c.name) AS "candidate!", json_build_object('userId', u.id, 'name', u.name) AS "interviewer!",
         s.status, i.scheduled_at + i.duration_minutes * interval '1 minute' AS "endedAt!"
    FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
    JOIN interview_loops l ON l.id = i.loop_id JOIN jobs j ON j.id = l.job_id
    JOIN candidates c ON c.id = l.candidate_id LEFT JOIN job_rounds jr ON jr.id = i.round_id
   WHERE s.organization_id = $organizationId! AND s.status <> 'SUBMITTED' AND i.scheduled_at + i.duration_minutes * interval '1 minute' < now()
   ORDER BY i.scheduled_at + i.duration_minutes * interval '1 minute', u.name LIMIT 100`;

/** Scorecards still owed after their interview ended, longest overdue first (at most 100). */
export async function overdueScorecards(db: Queryable, organizationId: string): Promise<OverdueScorecardDto[]> {
  return (await rows(db, selectOverdue, { organizationId })).map(({ candidate, interviewer, ...seat }) => ({
    ...seat,
    candidate: candidateOf(candidate),
    interviewer: personOf(interviewer),
  }));
}

// ---- panels

/** Seats by interview (ordered by interviewer name) or one seat by scorecard id; a null filter is not applied. */
const selectSeats = sql<ISelectSeatsQuery>`
  SELECT s.id, s.interview_id AS "interviewId", i.loop_id AS "loopId", s.status, s.submitted_at AS "submittedAt",
         greatest(s.revision - 1, 0) AS "amendments!", json_build_object('userId', u.id, 'name', u.name) AS "interviewer!"
    FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN users u ON u.id = s.interviewer_id
   WHERE ($interviewIds::uuid[] IS NULL OR s.interview_id = ANY($interviewIds))
     AND ($scorecardId::uuid IS NULL OR s.id = $scorecardId)
   ORDER BY u.name`;

type SeatRow = Awaited<ReturnType<typeof selectSeats.run>>[number];

const toSeat = ({ interviewer, ...seat }: SeatRow): PanelSeatDto => ({ ...seat, interviewer: personOf(interviewer) });

export async function panelsOf(db: Queryable, interviewIds: readonly string[]): Promise<PanelSeatDto[]> {
  return (await rows(db, selectSeats, { interviewIds: [...interviewIds], scorecardId: null })).map(toSeat);
}

export async function findSeat(db: Queryable, scorecardId: string): Promise<PanelSeatDto | undefined> {
  const row = await first(db, selectSeats, { interviewIds: null, scorecardId });
  return row && toSeat(row);
}

const findRoundKit = sql<IFindRoundKitQuery>`SELECT kit_id AS "kitId" FROM job_rounds WHERE job_id = $jobId! AND id = $roundId!`;

/** The kit of a round of the job, or undefined when the round is not the job's. */
export async function roundKitId(db: Queryable, jobId: string, roundId: string): Promise<string | undefined> {
  return (await first(db, findRoundKit, { jobId, roundId }))?.kitId;
}

const findScorers = sql<IFindScorersQuery>`
  SELECT user_id AS "userId" FROM memberships
   WHERE organization_id = $organizationId! AND status = 'ACTIVE' AND role = ANY($roles!::member_role[]) AND user_id = ANY($userIds!::uuid[])`;

/** Which of the people are active members of the organization in one of `roles`. */
export async function activeMembersIn(
  db: Queryable,
  organizationId: string,
  roles: readonly member_role[],
  userIds: readonly string[],
): Promise<Set<string>> {
  return new Set((await rows(db, findScorers, { organizationId, roles: [...roles], userIds: [...userIds] })).map((row) => row.userId));
}

const selectPanelIds = sql<ISelectPanelIdsQuery>`SELECT interviewer_id AS "interviewerId" FROM scorecards WHERE interview_id = $interviewId!`;

/** Who is on the interview's panel. */
export async function panelIds(db: Queryable, interviewId: string): Promise<string[]> {
  return (await rows(db, selectPanelIds, { interviewId })).map((row) => row.interviewerId);
}

const deleteSeatsExcept = sql<IDeleteSeatsExceptQuery>`
  DELETE FROM scorecards WHERE interview_id = $interviewId! AND NOT (interviewer_id = ANY($keep!::uuid[])) RETURNING status`;

/** Removes the seats of everyone not in `keep` and answers the statuses of the removed scorecards. */
export async function removeSeatsExcept(db: Queryable, interviewId: string, keep: readonly string[]): Promise<ScorecardStatus[]> {
  return (await rows(db, deleteSeatsExcept, { interviewId, keep: [...keep] })).map((row) => row.status);
}

const insertSeats = sql<IInsertSeatsQuery>`
  INSERT INTO scorecards (organization_id, interview_id, candidate_id, interviewer_id)
  SELECT $organizationId!, $interviewId!, $candidateId!, unnest($interviewerIds!::uuid[])
  ON CONFLICT (interview_id, interviewer_id) DO NOTHING RETURNING id`;

/** Seats the panel and answers the scorecard ids of the seats it added. */
export async function addSeats(
  db: Queryable,
  seats: { organizationId: string; interviewId: string; candidateId: string; interviewerIds: readonly string[] },
): Promise<string[]> {
  return (await rows(db, insertSeats, { ...seats, interviewerIds: [...seats.interviewerIds] })).map((row) => row.id);
}
