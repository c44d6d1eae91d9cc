import type { KitSnapshot } from '@panelist/kits';
import type { Recommendation, ScorecardDraft, ScorecardStatus } from '@panelist/scorecards';
import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type { ScorecardDto, ScorecardRevisionDto } from './dtos/scorecard.dto';
import type {
  IAutosaveQuery,
  IFindEditableQuery,
  IInsertRevisionQuery,
  ISaveDraftQuery,
  ISelectOwnStatusesQuery,
  ISelectRevisionsQuery,
  ISelectScorecardsQuery,
  ISubmitQuery,
  IUpsertAnswersQuery,
  IUpsertCompetencyRatingsQuery,
  Json,
} from './scorecards.repository.types';

export type ScorecardRow = ScorecardDto & { interviewerId: string };
export type EditableRow = ScorecardRow & {
  kitSnapshot: KitSnapshot;
  candidateErased: boolean;
  interviewStartsAt: Date;
  interviewStarted: boolean;
};

/**
 * Scorecards with everything written on them, in one statement. A null filter is not applied;
 * `$submittedOrBy` keeps submitted scorecards and the given interviewer's own.
 */
const selectScorecards = sql<ISelectScorecardsQuery>`
  SELECT s.id, s.interview_id AS "interviewId", s.candidate_id AS "candidateId", s.interviewer_id AS "interviewerId",
         json_build_object('userId', u.id, 'name', u.name) AS "interviewer!", s.status, s.version, s.revision, s.recommendation, s.summary,
         s.started_at AS "startedAt", s.submitted_at AS "submittedAt", s.updated_at AS "updatedAt",
         COALESCE((SELECT json_agg(json_build_object('questionId', a.question_id, 'rating', a.rating, 'notAsked', a.not_asked, 'notes', a.notes))
                     FROM scorecard_answers a WHERE a.scorecard_id = s.id), '[]') AS "answers!",
         COALESCE((SELECT json_agg(json_build_object('competency', r.competency, 'rating', r.rating) ORDER BY r.competency)
                     FROM scorecard_competency_ratings r WHERE r.scorecard_id = s.id), '[]') AS "competencyRatings!"
    FROM scorecards s JOIN users u ON u.id = s.interviewer_id
   WHERE ($organizationId::uuid IS NULL OR s.organization_id = $organizationId)
     AND ($id::uuid IS NULL OR s.id = $id)
     AND ($interviewIds::uuid[] IS NULL OR s.interview_id = ANY($interviewIds))
     AND ($interviewerId::uuid IS NULL OR s.interviewer_id = $interviewerId)
     AND ($submittedOrBy::uuid IS NULL OR s.status = 'SUBMITTED' OR s.interviewer_id = $submittedOrBy)
   ORDER BY u.name`;

type Filters = {
  organizationId: string | null;
  id: string | null;
  interviewIds: string[] | null;
  interviewerId: string | null;
  submittedOrBy: string | null;
};
const NO_FILTER: Filters = { organizationId: null, id: null, interviewIds: null, interviewerId: null, submittedOrBy: null };

const listOf = <T>(json: Json): T[] => (Array.isArray(json) ? (json as unknown as T[]) : []);

type ContentColumns = { interviewer: Json; answers: Json; competencyRatings: Json };

function toScorecard<R extends ContentColumns>({
  interviewer,
  answers,
  competencyRatings,
  ...row
}: R): Omit<R, keyof ContentColumns> & Pick<ScorecardDto, keyof ContentColumns> {
  return {
    ...row,
    interviewer: interviewer as unknown as ScorecardDto['interviewer'],
    answers: listOf<ScorecardDto['answers'][number]>(answers),
    competencyRatings: listOf<ScorecardDto['competencyRatings'][number]>(competencyRatings),
  };
}

async function scorecards(db: Queryable, filters: Partial<Filters>): Promise<ScorecardRow[]> {
  return (await rows(db, selectScorecards, { ...NO_FILTER, ...filters })).map(toScorecard);
}

/** One scorecard of the organization. */
export async function find(db: Queryable, organizationId: string, id: string): Promise<ScorecardRow | undefined> {
  return (await scorecards(db, { organizationId, id }))[0];
}

/** The interviewer's own scorecards on the interviews. */
export function mineOn(db: Queryable, interviewerId: string, interviewIds: readonly string[]): Promise<ScorecardRow[]> {
  return scorecards(db, { interviewIds: [...interviewIds], interviewerId });
}

/** The submitted scorecards of the interviews, and the viewer's own, by interviewer name. */
export function submittedOrOwnOn(
  db: Queryable,
  organizationId: string,
  viewerId: string,
  interviewIds: readonly string[],
): Promise<ScorecardRow[]> {
  return scorecards(db, { organizationId, interviewIds: [...interviewIds], submittedOrBy: viewerId });
}

/** A scorecard with its interview's kit and timing, and whether its candidate was erased. */
const findEditable = sql<IFindEditableQuery>`
  SELECT s.id, s.interview_id AS "interviewId", s.candidate_id AS "candidateId", s.interviewer_id AS "interviewerId",
         json_build_object('userId', u.id, 'name', u.name) AS "interviewer!", s.status, s.version, s.revision, s.recommendation, s.summary,
         s.started_at AS "startedAt", s.submitted_at AS "submittedAt", s.updated_at AS "updatedAt",
         COALESCE((SELECT json_agg(json_build_object('questionId', a.question_id, 'rating', a.rating, 'notAsked', a.not_asked, 'notes', a.notes))
                     FROM scorecard_answers a WHERE a.scorecard_id = s.id), '[]') AS "answers!",
         COALESCE((SELECT json_agg(json_build_object('competency', r.competency, 'rating', r.rating) ORDER BY r.competency)
                     FROM scorecard_competency_ratings r WHERE r.scorecard_id = s.id), '[]') AS "competencyRatings!",
         i.kit_snapshot AS "kitSnapshot", i.scheduled_at AS "interviewStartsAt", i.scheduled_at <= now() AS "interviewStarted!",
         EXISTS (SELECT 1 FROM candidates c WHERE c.id = s.candidate_id AND c.erased_at IS NOT NULL) AS "candidateErased!"
    FROM scorecards s JOIN users u ON u.id = s.interviewer_id JOIN interviews i ON i.id = s.interview_id
   WHERE s.organization_id = $organizationId! AND s.id = $id!`;

export async function editable(db: Queryable, organizationId: string, id: string): Promise<EditableRow | undefined> {
  const row = await first(db, findEditable, { organizationId, id });
  if (!row) return undefined;
  const { kitSnapshot, ...rest } = toScorecard(row);
  return { ...rest, kitSnapshot: kitSnapshot as unknown as KitSnapshot };
}

const selectRevisions = sql<ISelectRevisionsQuery>`
  SELECT v.revision, v.reason, v.content, u.name AS "createdByName?", v.created_at AS "createdAt"
    FROM scorecard_revisions v LEFT JOIN users u ON u.id = v.created_by WHERE v.scorecard_id = $scorecardId! ORDER BY v.revision DESC`;

/** The scorecard's revisions, newest first. */
export async function revisions(db: Queryable, scorecardId: string): Promise<ScorecardRevisionDto[]> {
  return (await rows(db, selectRevisions, { scorecardId })).map(({ content, ...revision }) => ({
    ...revision,
    content: content as unknown as ScorecardRevisionDto['content'],
  }));
}

/**
 * Autosave in one statement: the version-checked UPDATE, the answer and competency-rating upserts,
 * and the saved scorecard as the answer. It writes only when everything the service would check
 * holds — the author's own draft in their organization, candidate not erased, `version` current
 * (checked in the UPDATE itself), and every answer and rating on the interview's kit and scale —
 * and answers no row otherwise; the service then finds out why the slow way (ScorecardsService).
 * The statement's CTEs all see the rows as they were before it, so the answer merges the stored
 * answers with the ones just written.
 */
const autosave = sql<IAutosaveQuery>`
  WITH answer_input AS (
    SELECT x."questionId" AS question_id, x.rating, x."notAsked" AS not_asked, x.notes
      FROM json_to_recordset($answers!::json) AS x("questionId" uuid, rating int, "notAsked" boolean, notes text)
  ), rating_input AS (
    SELECT x.competency, x.rating FROM json_to_recordset($ratings!::json) AS x(competency text, rating int)
  ), target AS (
    SELECT s.id, s.status AS previous_status, i.kit_snapshot AS kit, jsonb_array_length(i.kit_snapshot->'ratingScale') AS points
      FROM scorecards s JOIN interviews i ON i.id = s.interview_id
     WHERE s.organization_id = $organizationId! AND s.id = $id! AND s.interviewer_id = $userId!
       AND s.version = $version! AND s.status <> 'SUBMITTED'
       AND NOT EXISTS (SELECT 1 FROM candidates c WHERE c.id = s.candidate_id AND c.erased_at IS NOT NULL)
  ), kit_question AS (
    SELECT (q->>'questionId')::uuid AS question_id, sec->>'competency' AS competency
      FROM target, jsonb_array_elements(target.kit->'sections') sec, jsonb_array_elements(sec->'questions') q
  ), checked AS (
    SELECT t.id FROM target t
     WHERE NOT EXISTS (SELECT 1 FROM answer_input a
                        WHERE NOT EXISTS (SELECT 1 FROM kit_question k WHERE k.question_id = a.question_id)
                           OR a.rating NOT BETWEEN 1 AND t.points OR (a.not_asked AND a.rating IS NOT NULL))
       AND (SELECT count(*) FROM answer_input) = (SELECT count(DISTINCT question_id) FROM answer_input)
       AND NOT EXISTS (SELECT 1 FROM rating_input r
                        WHERE NOT EXISTS (SELECT 1 FROM kit_question k WHERE k.competency = r.competency)
                           OR r.rating NOT BETWEEN 1 AND t.points)
       AND (SELECT count(*) FROM rating_input) = (SELECT count(DISTINCT competency) FROM rating_input)
  ), saved AS (
    UPDATE scorecards s
       SET status = 'DRAFT', recommendation = CASE WHEN $setRecommendation!::boolean THEN $recommendation::recommendation ELSE s.recommendation END,
           summary = COALESCE($summary::text, s.summary), started_at = COALESCE(s.started_at, now()), version = s.version + 1, updated_at = now()
      FROM checked
     WHERE s.id = checked.id AND s.version = $version! AND s.status <> 'SUBMITTED'
    RETURNING s.*
  ), saved_answers AS (
    INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, notes)
    SELECT saved.id, a.question_id, a.rating, a.not_asked, a.notes FROM saved, answer_input a
    ON CONFLICT (scorecard_id, question_id) DO UPDATE SET rating = EXCLUDED.rating, not_asked = EXCLUDED.not_asked, notes = EXCLUDED.notes
    RETURNING question_id, rating, not_asked, notes
  ), saved_ratings AS (
    INSERT INTO scorecard_competency_ratings (scorecard_id, competency, rating)
    SELECT saved.id, r.competency, r.rating FROM saved, rating_input r
    ON CONFLICT (scorecard_id, competency) DO UPDATE SET rating = EXCLUDED.rating
    RETURNING competency, rating
  )
  SELECT s.id, s.interview_id AS "interviewId", s.candidate_id AS "candidateId", s.interviewer_id AS "interviewerId",
         json_build_object('userId', u.id, 'name', u.name) AS "interviewer!", s.status, s.version, s.revision, s.recommendation, s.summary,
         s.started_at AS "startedAt", s.submitted_at AS "submittedAt", s.updated_at AS "updatedAt",
         t.previous_status AS "previousStatus!",
         COALESCE((SELECT json_agg(json_build_object('questionId', a.question_id, 'rating', a.rating, 'notAsked', a.not_asked, 'notes', a.notes))
                     FROM (SELECT question_id, rating, not_asked, notes FROM scorecard_answers
                            WHERE scorecard_id = s.id AND question_id NOT IN (SELECT question_id FROM saved_answers)
                           UNION ALL SELECT question_id, rating, not_asked, notes FROM saved_answers) a), '[]') AS "answers!",
         COALESCE((SELECT json_agg(json_build_object('competency', r.competency, 'rating', r.rating) ORDER BY r.competency)
                     FROM (SELECT competency, rating FROM scorecard_competency_ratings
                            WHERE scorecard_id = s.id AND competency NOT IN (SELECT competency FROM saved_ratings)
                           UNION ALL SELECT competency, rating FROM saved_ratings) r), '[]') AS "competencyRatings!"
    FROM saved s JOIN target t ON t.id = s.id JOIN users u ON u.id = s.interviewer_id`;

export type AutosavedRow = ScorecardRow & { previousStatus: ScorecardStatus };

/** The saved scorecard, or undefined when nothing was written (see `autosave`). */
export async function autosaveDraft(
  db: Queryable,
  change: {
    organizationId: string;
    userId: string;
    id: string;
    version: number;
    answers: ScorecardDraft['answers'];
    competencyRatings: ScorecardDraft['competencyRatings'];
    /** undefined: unchanged; null: cleared. */
    recommendation: Recommendation | null | undefined;
    /** null: unchanged. */
    summary: string | null;
  },
): Promise<AutosavedRow | undefined> {
  const { answers, competencyRatings, recommendation, ...rest } = change;
  const row = await first(db, autosave, {
    ...rest,
    answers: JSON.stringify(answers),
    ratings: JSON.stringify(competencyRatings),
    setRecommendation: recommendation !== undefined,
    recommendation: recommendation ?? null,
  });
  return row && toScorecard(row);
}

/** 0 rows when `version` is stale or the scorecard was submitted meanwhile. */
const saveDraft = sql<ISaveDraftQuery>`
  UPDATE scorecards SET status = 'DRAFT', recommendation = $recommendation, summary = $summary!, started_at = COALESCE(started_at, now()),
         version = version + 1, updated_at = now()
   WHERE id = $id! AND version = $version! AND status <> 'SUBMITTED'`;

export function writeDraft(
  db: Queryable,
  draft: { id: string; version: number; recommendation: Recommendation | null; summary: string },
): Promise<number> {
  return execute(db, saveDraft, draft);
}

/** 0 rows when `version` is stale. */
const submit = sql<ISubmitQuery>`
  UPDATE scorecards SET status = 'SUBMITTED', recommendation = $recommendation, summary = $summary!, revision = revision + 1,
         started_at = COALESCE(started_at, now()), submitted_at = COALESCE(submitted_at, now()), version = version + 1, updated_at = now()
   WHERE id = $id! AND version = $version!`;

export function writeSubmitted(
  db: Queryable,
  final: { id: string; version: number; recommendation: Recommendation | null; summary: string },
): Promise<number> {
  return execute(db, submit, final);
}

const insertRevision = sql<IInsertRevisionQuery>`
  INSERT INTO scorecard_revisions (scorecard_id, revision, reason, content, created_by)
  SELECT id, revision, $reason!, $content!, $createdBy! FROM scorecards WHERE id = $id!`;

/** Records the scorecard's current revision with its content. */
export async function recordRevision(
  db: Queryable,
  revision: { id: string; reason: string; content: ScorecardDraft; createdBy: string },
): Promise<void> {
  await execute(db, insertRevision, { ...revision, content: JSON.stringify(revision.content) });
}

const upsertAnswers = sql<IUpsertAnswersQuery>`
  INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, notes)
  SELECT $scorecardId!, x."questionId", x.rating, x."notAsked", x.notes
    FROM json_to_recordset($answers!::json) AS x("questionId" uuid, rating smallint, "notAsked" boolean, notes text)
  ON CONFLICT (scorecard_id, question_id) DO UPDATE SET rating = EXCLUDED.rating, not_asked = EXCLUDED.not_asked, notes = EXCLUDED.notes`;

const upsertCompetencyRatings = sql<IUpsertCompetencyRatingsQuery>`
  INSERT INTO scorecard_competency_ratings (scorecard_id, competency, rating)
  SELECT $scorecardId!, x.competency, x.rating FROM json_to_recordset($ratings!::json) AS x(competency text, rating smallint)
  ON CONFLICT (scorecard_id, competency) DO UPDATE SET rating = EXCLUDED.rating`;

export async function upsertAnswerRows(db: Queryable, scorecardId: string, answers: ScorecardDraft['answers']): Promise<void> {
  await execute(db, upsertAnswers, { scorecardId, answers: JSON.stringify(answers) });
}

export async function upsertCompetencyRatingRows(
  db: Queryable,
  scorecardId: string,
  ratings: ScorecardDraft['competencyRatings'],
): Promise<void> {
  await execute(db, upsertCompetencyRatings, { scorecardId, ratings: JSON.stringify(ratings) });
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
