import type { Classification, ProtectedCharacteristicFinding } from '@panelist/question-bank';
import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  ICountQuestionsQuery,
  IFacetCompetencyQuery,
  IFacetDifficultyQuery,
  IFacetHasRubricQuery,
  IFacetTagQuery,
  IFacetTypeQuery,
  ISearchQuestionsQuery,
  ICleanSearchIndexesQuery,
  IInsertDuplicateSuggestionsQuery,
  IInsertNewQuestionsQuery,
  IInsertRevisionQuery,
  IInsertSourcesQuery,
  ISelectQuestionExistsQuery,
  IRaiseGinPendingListLimitQuery,
  IReviseQuestionQuery,
  ISelectActivePromptsQuery,
  IFindQuestionQuery,
  IFindUserNameQuery,
  ISelectRevisionsQuery,
  ISelectCurrentRevisionsQuery,
  ISelectSourcesQuery,
  ISetQuestionStatusQuery,
  Json,
  question_difficulty,
  question_status,
  question_type,
} from './questions.repository.types';

// ---- typed mappers for the JSON columns ----

/** questions.protected_findings holds what findProtectedCharacteristicPrompts found (written by toQuestionRow). */
export function protectedFindingsOf(json: Json): ProtectedCharacteristicFinding[] {
  return Array.isArray(json) ? (json as unknown as ProtectedCharacteristicFinding[]) : [];
}

/** question_revisions.classification holds the Classification of classifyQuestion (written by toQuestionRow). */
export function classificationOf(json: Json): Classification {
  return json as unknown as Classification;
}

/** The `questions` columns every read selects, aliased to the DTO's names. */
export interface QuestionRecord {
  id: string;
  /** The current revision's short title (null: none); every statement that loads a question selects it. */
  label: string | null;
  status: question_status;
  version: number;
  currentRevision: number;
  prompt: string;
  type: question_type;
  difficulty: question_difficulty;
  competencies: string[];
  tags: string[];
  category: string[];
  hasLookFor: boolean;
  hasRedFlags: boolean;
  protectedFindings: ProtectedCharacteristicFinding[];
  createdAt: Date;
  updatedAt: Date;
}

/** A question row as selected (protected_findings still JSON) → QuestionRecord. */
export function toQuestionRecord<T extends Omit<QuestionRecord, 'protectedFindings'> & { protectedFindings: Json }>(
  row: T,
): Omit<T, 'protectedFindings'> & QuestionRecord {
  return { ...row, protectedFindings: protectedFindingsOf(row.protectedFindings) };
}

/** A question row that came through to_jsonb (dates as strings) → QuestionRecord. */
export function questionFromJson(json: Json): QuestionRecord {
  const row = json as unknown as Omit<QuestionRecord, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };
  return {
    ...row,
    protectedFindings: protectedFindingsOf(row.protectedFindings as unknown as Json),
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

const findQuestion = sql<IFindQuestionQuery>`
  SELECT q.id, q.status, q.version, q.current_revision AS "currentRevision", q.prompt, q.type,
         q.difficulty, q.competencies, q.tags, q.category, q.has_look_for AS "hasLookFor",
         q.has_red_flags AS "hasRedFlags", q.protected_findings AS "protectedFindings",
         q.created_at AS "createdAt", q.updated_at AS "updatedAt", q.label
    FROM questions q WHERE q.organization_id = $organizationId! AND q.id = $id!`;

export async function find(db: Queryable, organizationId: string, id: string): Promise<QuestionRecord | undefined> {
  const row = await first(db, findQuestion, { organizationId, id });
  return row && toQuestionRecord(row);
}

/** 0 rows when the question already had that status (or is not there). */
const setQuestionStatus = sql<ISetQuestionStatusQuery>`
  UPDATE questions SET status = $status!, version = version + 1, updated_at = now()
   WHERE organization_id = $organizationId! AND id = $id! AND status <> $status!`;

export function setStatus(db: Queryable, organizationId: string, id: string, status: question_status): Promise<number> {
  return execute(db, setQuestionStatus, { organizationId, id, status });
}

const findUserName = sql<IFindUserNameQuery>`SELECT name FROM users WHERE id = $userId!`;

/** Who edits, for the classification's origin ("edit by …"). */
export async function userName(db: Queryable, userId: string): Promise<string> {
  return (await first(db, findUserName, { userId }))?.name ?? '';
}

const selectSources = sql<ISelectSourcesQuery>`
  SELECT question_id AS "questionId", file, item, line, created_at AS "createdAt" FROM question_sources
   WHERE question_id = ANY($questionIds!::uuid[]) ORDER BY file, item NULLS LAST, line NULLS LAST`;

/** Where each question came from. */
export function sourcesOf(db: Queryable, questionIds: readonly string[]) {
  return rows(db, selectSources, { questionIds: [...questionIds] });
}

// ---- revisions ----

/** The flat columns of a revision as every revision query selects them; see toRevision. */
export interface RevisionColumns {
  id: string;
  questionId: string;
  revision: number;
  label: string | null;
  prompt: string;
  code: string | null;
  category: string[];
  followUps: string[];
  type: question_type;
  difficulty: question_difficulty;
  competencies: string[];
  tags: string[];
  classification: Json;
  changeNote: string | null;
  createdByName: string | null;
  createdAt: Date;
  referenceAnswer: string | null;
  lookFor: string[];
  redFlags: string[];
  whatToExpect: string | null;
  interviewerGuidance: string | null;
  sampleAnswer: string | null;
}

type RubricColumn = 'referenceAnswer' | 'lookFor' | 'redFlags' | 'whatToExpect' | 'interviewerGuidance' | 'sampleAnswer';

export interface RevisionRecord extends Omit<RevisionColumns, 'classification' | RubricColumn> {
  classification: Classification;
  rubric: {
    referenceAnswer: string | null;
    lookFor: string[];
    redFlags: string[];
    whatToExpect: string | null;
    interviewerGuidance: string | null;
    sampleAnswer: string | null;
  };
}

/**
 * A revision's flat columns → the shape QuestionRevisionDto has (rubric grouped, classification typed);
 * `createdAt` as a Date or as the text a JSON aggregate carries. One object built field by field: a
 * 40-question kit maps 40 of these per request, and rest/spread copies were ~3% of its CPU.
 */
export function toRevision(row: Omit<RevisionColumns, 'createdAt'> & { createdAt: Date | string }): RevisionRecord {
  return {
    id: row.id,
    questionId: row.questionId,
    revision: row.revision,
    label: row.label,
    prompt: row.prompt,
    code: row.code,
    category: row.category,
    followUps: row.followUps,
    type: row.type,
    difficulty: row.difficulty,
    competencies: row.competencies,
    tags: row.tags,
    changeNote: row.changeNote,
    createdByName: row.createdByName,
    createdAt: typeof row.createdAt === 'string' ? new Date(row.createdAt) : row.createdAt,
    classification: classificationOf(row.classification),
    rubric: rubricOf(row),
  };
}

/** A revision's rubric columns, grouped as the rubric. */
export function rubricOf(row: Pick<RevisionColumns, RubricColumn>): RevisionRecord['rubric'] {
  return {
    referenceAnswer: row.referenceAnswer,
    lookFor: row.lookFor,
    redFlags: row.redFlags,
    whatToExpect: row.whatToExpect,
    interviewerGuidance: row.interviewerGuidance,
    sampleAnswer: row.sampleAnswer,
  };
}

/**
 * Revisions by id (`$ids`), or every revision of some questions (`$questionIds`), newest first;
 * `$organizationId` scopes when given.
 */
const selectRevisions = sql<ISelectRevisionsQuery>`
  SELECT r.id, r.question_id AS "questionId", r.revision, r.label, r.prompt, r.code, r.category, r.follow_ups AS "followUps",
         r.type, r.difficulty, r.competencies, r.tags, r.classification, r.change_note AS "changeNote",
         u.name AS "createdByName?", r.created_at AS "createdAt",
         r.reference_answer AS "referenceAnswer", r.look_for AS "lookFor", r.red_flags AS "redFlags",
         r.what_to_expect AS "whatToExpect", r.interviewer_guidance AS "interviewerGuidance", r.sample_answer AS "sampleAnswer"
    FROM question_revisions r LEFT JOIN users u ON u.id = r.created_by
   WHERE ($organizationId::uuid IS NULL OR r.organization_id = $organizationId)
     AND ($ids::uuid[] IS NULL OR r.id = ANY($ids))
     AND ($questionIds::uuid[] IS NULL OR r.question_id = ANY($questionIds))
   ORDER BY r.revision DESC`;

export async function revision(db: Queryable, organizationId: string, revisionId: string): Promise<RevisionRecord | undefined> {
  const row = await first(db, selectRevisions, { organizationId, ids: [revisionId], questionIds: null });
  return row && toRevision(row);
}

/** Revisions by id (what each interview asks). */
export async function revisionsByIds(db: Queryable, ids: readonly string[]): Promise<RevisionRecord[]> {
  return (await rows(db, selectRevisions, { organizationId: null, ids: [...ids], questionIds: null })).map(toRevision);
}

/** Every revision of each question, newest first. */
export async function revisionsOf(db: Queryable, questionIds: readonly string[]): Promise<RevisionRecord[]> {
  return (await rows(db, selectRevisions, { organizationId: null, ids: null, questionIds: [...questionIds] })).map(toRevision);
}

const selectCurrentRevisions = sql<ISelectCurrentRevisionsQuery>`
  SELECT r.id, r.question_id AS "questionId", r.revision, r.label, r.prompt, r.code, r.category, r.follow_ups AS "followUps",
         r.type, r.difficulty, r.competencies, r.tags, r.classification, r.change_note AS "changeNote",
         u.name AS "createdByName?", r.created_at AS "createdAt",
         r.reference_answer AS "referenceAnswer", r.look_for AS "lookFor", r.red_flags AS "redFlags",
         r.what_to_expect AS "whatToExpect", r.interviewer_guidance AS "interviewerGuidance", r.sample_answer AS "sampleAnswer"
    FROM question_revisions r LEFT JOIN users u ON u.id = r.created_by
    JOIN questions q ON q.id = r.question_id AND q.current_revision = r.revision
   WHERE r.question_id = ANY($questionIds!::uuid[])`;

/** The current revision of each question. */
export async function currentRevisionsOf(db: Queryable, questionIds: readonly string[]): Promise<RevisionRecord[]> {
  return (await rows(db, selectCurrentRevisions, { questionIds: [...questionIds] })).map(toRevision);
}

// ---- writing (QuestionWriter) ----
//
// A revision's content arrives as JSON rows of QuestionRow (question-content.ts: toQuestionRow),
// read with json_to_recordset; the `questions` row keeps the summary columns of its current revision.

/** Lets the GIN indexes collect a whole import in their pending lists, merged once at the end. */
const raiseGinPendingListLimit = sql<IRaiseGinPendingListLimitQuery>`SET LOCAL gin_pending_list_limit = '64MB'`;

export async function deferSearchIndexing(db: Queryable): Promise<void> {
  await execute(db, raiseGinPendingListLimit, undefined);
}

/**
 * Inserts the questions of `$rows` (a JSON array of QuestionRow with their `sources`) whose
 * fingerprint the organization does not have yet, each with revision 1 and its sources; answers the
 * inserted ones, each with the number of sources the whole statement added.
 */
const insertNewQuestions = sql<IInsertNewQuestionsQuery>`
  WITH r AS MATERIALIZED (
    SELECT * FROM json_to_recordset($rows!::json) AS r(fingerprint text, label text, prompt text, code text, category text[], follow_ups text[],
      reference_answer text, look_for text[], red_flags text[], what_to_expect text, interviewer_guidance text,
      sample_answer text, type question_type, difficulty question_difficulty, competencies text[], tags text[],
      classification jsonb, protected_findings jsonb, sources json)
  ), ins AS (
    INSERT INTO questions (organization_id, fingerprint, label, prompt, type, difficulty, competencies, tags, category, has_look_for, has_red_flags,
                           protected_findings, search_document)
    SELECT $organizationId!, r.fingerprint, r.label, r.prompt, r.type, r.difficulty, r.competencies, r.tags, r.category,
           cardinality(r.look_for) > 0, cardinality(r.red_flags) > 0, r.protected_findings,
           question_search_document(concat_ws(' ', r.label, r.prompt), r.tags, r.competencies, r.look_for, r.red_flags)
      FROM r
    ON CONFLICT (organization_id, fingerprint) DO NOTHING
    RETURNING id, fingerprint
  ), rev AS (
    INSERT INTO question_revisions (question_id, organization_id, revision, created_by, label, prompt, code, category, follow_ups, reference_answer,
                                    look_for, red_flags, what_to_expect, interviewer_guidance, sample_answer, type, difficulty, competencies,
                                    tags, classification)
    SELECT ins.id, $organizationId!, 1, $userId, r.label, r.prompt, r.code, r.category, r.follow_ups, r.reference_answer,
           r.look_for, r.red_flags, r.what_to_expect, r.interviewer_guidance, r.sample_answer, r.type, r.difficulty, r.competencies,
           r.tags, r.classification
      FROM ins JOIN r ON r.fingerprint = ins.fingerprint
  ), src AS (
    INSERT INTO question_sources (question_id, organization_id, import_id, file, item, line)
    SELECT ins.id, $organizationId!, $importId, s.file, s.item, s.line
      FROM ins JOIN r ON r.fingerprint = ins.fingerprint,
           json_to_recordset(r.sources) AS s(file text, item int, line int)
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT id AS "id!", fingerprint AS "fingerprint!", (SELECT count(*)::int FROM src) AS "sourcesAdded!" FROM ins`;

/** `rowsJson`: JSON.stringify of QuestionRow & { sources } — a string, so pg sends it as JSON text, not as an array. */
export function insertNewQuestionRows(
  db: Queryable,
  organizationId: string,
  userId: string | null,
  importId: string | null,
  rowsJson: string,
): Promise<Array<{ id: string; fingerprint: string; sourcesAdded: number }>> {
  return rows(db, insertNewQuestions, { organizationId, userId, importId, rows: rowsJson });
}

/** Adds the sources of `$rows` (JSON: question_id, file, item, line) to questions of the organization; a known one stays. */
const insertSources = sql<IInsertSourcesQuery>`
  INSERT INTO question_sources (question_id, organization_id, import_id, file, item, line)
  SELECT s.question_id, $organizationId!, $importId, s.file, s.item, s.line
    FROM json_to_recordset($rows!::json) AS s(question_id uuid, file text, item int, line int)
    JOIN questions q ON q.id = s.question_id AND q.organization_id = $organizationId!
  ON CONFLICT DO NOTHING`;

export function insertSourceRows(db: Queryable, organizationId: string, importId: string | null, rowsJson: string): Promise<number> {
  return execute(db, insertSources, { organizationId, importId, rows: rowsJson });
}

/**
 * Makes the one QuestionRow of `$rows` (JSON) the question's content and moves its revision on, if
 * `$version` is still the question's version: no row when it is not (or the question is not there).
 */
const reviseQuestion = sql<IReviseQuestionQuery>`
  UPDATE questions q
     SET (fingerprint, label, prompt, type, difficulty, competencies, tags, category, has_look_for, has_red_flags, protected_findings, search_document) =
         (SELECT r.fingerprint, r.label, r.prompt, r.type, r.difficulty, r.competencies, r.tags, r.category,
                 cardinality(r.look_for) > 0, cardinality(r.red_flags) > 0, r.protected_findings,
                 question_search_document(concat_ws(' ', r.label, r.prompt), r.tags, r.competencies, r.look_for, r.red_flags)
            FROM jsonb_to_recordset($rows!::jsonb) AS r(fingerprint text, label text, prompt text, code text, category text[], follow_ups text[],
              reference_answer text, look_for text[], red_flags text[], what_to_expect text, interviewer_guidance text,
              sample_answer text, type question_type, difficulty question_difficulty, competencies text[], tags text[],
              classification jsonb, protected_findings jsonb)),
         current_revision = q.current_revision + 1, version = q.version + 1, updated_at = now()
   WHERE q.id = $questionId! AND q.organization_id = $organizationId! AND q.version = $version!
  RETURNING q.current_revision AS "currentRevision!"`;

/** The new current revision number, or undefined when the version moved on (or there is no such question). */
export async function reviseQuestionRow(
  db: Queryable,
  ids: { organizationId: string; questionId: string },
  version: number,
  rowsJson: string,
): Promise<number | undefined> {
  return (await first(db, reviseQuestion, { ...ids, version, rows: rowsJson }))?.currentRevision;
}

const selectQuestionExists = sql<ISelectQuestionExistsQuery>`SELECT 1 AS "one!" FROM questions WHERE id = $questionId! AND organization_id = $organizationId!`;

export async function questionExists(db: Queryable, organizationId: string, questionId: string): Promise<boolean> {
  return (await rows(db, selectQuestionExists, { organizationId, questionId })).length > 0;
}

/** Appends revision `$revision` with the content of the one QuestionRow of `$rows` (JSON). */
const insertRevision = sql<IInsertRevisionQuery>`
  INSERT INTO question_revisions (question_id, organization_id, revision, created_by, change_note, label, prompt, code, category, follow_ups,
                                  reference_answer, look_for, red_flags, what_to_expect, interviewer_guidance, sample_answer, type,
                                  difficulty, competencies, tags, classification)
  SELECT $questionId!, $organizationId!, $revision!, $userId!, $changeNote, r.label, r.prompt, r.code, r.category, r.follow_ups,
         r.reference_answer, r.look_for, r.red_flags, r.what_to_expect, r.interviewer_guidance, r.sample_answer, r.type,
         r.difficulty, r.competencies, r.tags, r.classification
    FROM jsonb_to_recordset($rows!::jsonb) AS r(fingerprint text, label text, prompt text, code text, category text[], follow_ups text[],
      reference_answer text, look_for text[], red_flags text[], what_to_expect text, interviewer_guidance text,
      sample_answer text, type question_type, difficulty question_difficulty, competencies text[], tags text[],
      classification jsonb, protected_findings jsonb)`;

export async function insertRevisionRow(
  db: Queryable,
  ids: { organizationId: string; questionId: string; userId: string },
  revision: number,
  changeNote: string | null,
  rowsJson: string,
): Promise<void> {
  await execute(db, insertRevision, { ...ids, revision, changeNote, rows: rowsJson });
}

/** Merges the GIN indexes' pending lists (long after a bulk insert, and scanned by every search). */
const cleanSearchIndexes = sql<ICleanSearchIndexesQuery>`
  SELECT gin_clean_pending_list(index::regclass)
    FROM unnest(ARRAY['questions_search_idx', 'questions_tags_idx', 'questions_competencies_idx']) AS index`;

export async function settleSearchIndexes(db: Queryable): Promise<void> {
  await execute(db, cleanSearchIndexes, undefined);
}

/** Records the pairs of `$pairs` (JSON: a, b, score); a known or dismissed pair stays as it is. */
const insertDuplicateSuggestions = sql<IInsertDuplicateSuggestionsQuery>`
  INSERT INTO question_duplicate_suggestions (organization_id, question_a, question_b, score)
  SELECT $organizationId!, least(p.a, p.b), greatest(p.a, p.b), p.score FROM json_to_recordset($pairs!::json) AS p(a uuid, b uuid, score real)
  ON CONFLICT DO NOTHING`;

export async function insertDuplicateSuggestionRows(db: Queryable, organizationId: string, pairsJson: string): Promise<void> {
  await execute(db, insertDuplicateSuggestions, { organizationId, pairs: pairsJson });
}

/** The organization's active questions, `$last` (when there) sorted last. */
const selectActivePrompts = sql<ISelectActivePromptsQuery>`
  SELECT id, fingerprint, prompt FROM questions WHERE organization_id = $organizationId! AND status = 'ACTIVE' ORDER BY id = $last!, id`;

export function activePromptsWithLast(db: Queryable, organizationId: string, last: string) {
  return rows(db, selectActivePrompts, { organizationId, last });
}

// ---- search (QuestionSearchService) ----
//
// Fixed statements with nullable filters: `$text` null browses by last update, otherwise ranks the
// websearch query; a null filter does not filter. PostgreSQL plans each statement with its values
// (node-pg sends them unnamed), so a null filter and its branch fold away and the plans stay those
// of the statements built per request before (checked with npm run bench:bank).
//
// The text becomes a query once per statement (`search`, an InitPlan the GIN index scan uses):
// question_search_query (db migration forgiving-search) drops words no question of the organization
// has and falls back from every word to any word, so one unknown word does not empty the result.

/** What a search filters by; null (or an empty list, which the service passes as null) filters nothing. */
export interface SearchFilter {
  organizationId: string;
  text: string | null;
  status: question_status;
  types: question_type[] | null;
  difficulties: question_difficulty[] | null;
  competencies: string[] | null;
  tags: string[] | null;
  hasRubric: boolean | null;
}

/**
 * A page of `$limit` questions after the cursor (`$afterKey`, `$afterId`), ranked (`$text`) or by
 * last update, each with its sort key (the cursor's `k`) and its prompt with matches between
 * \u0002 and \u0003.
 */
const searchQuestions = sql<ISearchQuestionsQuery>`
  WITH search AS MATERIALIZED (SELECT question_search_query($organizationId!, $status!::question_status, $text::text) AS query)
  SELECT page.id AS "id!", page.status AS "status!", page.version AS "version!", page."currentRevision" AS "currentRevision!",
         page.prompt AS "prompt!", page.type AS "type!", page.difficulty AS "difficulty!", page.competencies AS "competencies!",
         page.tags AS "tags!", page.category AS "category!", page."hasLookFor" AS "hasLookFor!", page."hasRedFlags" AS "hasRedFlags!",
         page."protectedFindings" AS "protectedFindings!", page."createdAt" AS "createdAt!", page."updatedAt" AS "updatedAt!",
         page.label, page.sort_key AS "sortKey!",
         CASE WHEN $text::text IS NULL THEN page.prompt
              ELSE ts_headline('english', page.prompt, (SELECT query FROM search), 'StartSel=\u0002, StopSel=\u0003, HighlightAll=true') END AS "marked!"
    FROM (SELECT q.id, q.status, q.version, q.current_revision AS "currentRevision", q.prompt, q.type,
                 q.difficulty, q.competencies, q.tags, q.category, q.has_look_for AS "hasLookFor",
                 q.has_red_flags AS "hasRedFlags", q.protected_findings AS "protectedFindings",
                 q.created_at AS "createdAt", q.updated_at AS "updatedAt", q.label,
                 CASE WHEN $text::text IS NULL THEN to_char(q.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                      ELSE ts_rank(q.search_document, (SELECT query FROM search), 32)::text END AS sort_key
            FROM questions q
           WHERE q.organization_id = $organizationId! AND q.status = $status!::question_status
             AND ($text::text IS NULL OR q.search_document @@ (SELECT query FROM search))
             AND ($types::question_type[] IS NULL OR q.type = ANY($types::question_type[]))
             AND ($difficulties::question_difficulty[] IS NULL OR q.difficulty = ANY($difficulties::question_difficulty[]))
             AND ($competencies::text[] IS NULL OR q.competencies @> $competencies::text[])
             AND ($tags::text[] IS NULL OR q.tags @> $tags::text[])
             AND ($hasRubric::boolean IS NULL OR (q.has_look_for OR q.has_red_flags) = $hasRubric::boolean)
             AND ($afterId::uuid IS NULL OR CASE WHEN $text::text IS NULL
                   THEN (q.updated_at, q.id) < ($afterKey::text::timestamptz, $afterId::uuid)
                   ELSE (ts_rank(q.search_document, (SELECT query FROM search), 32), q.id) < ($afterKey::text::real, $afterId::uuid) END)
           ORDER BY CASE WHEN $text::text IS NULL THEN NULL ELSE ts_rank(q.search_document, (SELECT query FROM search), 32) END DESC,
                    CASE WHEN $text::text IS NULL THEN q.updated_at END DESC, q.id DESC
           LIMIT $limit!::int) AS page
   ORDER BY CASE WHEN $text::text IS NULL THEN NULL ELSE page.sort_key::real END DESC, page.sort_key DESC, page.id DESC`;

/**
 * How many questions the search finds (every page together), and "Did you mean" (the search with
 * misspelt words replaced by the organization's own words; null when none is): one statement, so a
 * search still costs the page and this.
 */
const countQuestions = sql<ICountQuestionsQuery>`
  WITH search AS MATERIALIZED (SELECT question_search_query($organizationId!, $status!::question_status, $text::text) AS query)
  SELECT count(*)::int AS "count!", (SELECT question_search_suggestion($organizationId!, $text::text)) AS "suggestion" FROM questions q
   WHERE q.organization_id = $organizationId! AND q.status = $status!::question_status
     AND ($text::text IS NULL OR q.search_document @@ (SELECT query FROM search))
     AND ($types::question_type[] IS NULL OR q.type = ANY($types::question_type[]))
     AND ($difficulties::question_difficulty[] IS NULL OR q.difficulty = ANY($difficulties::question_difficulty[]))
     AND ($competencies::text[] IS NULL OR q.competencies @> $competencies::text[])
     AND ($tags::text[] IS NULL OR q.tags @> $tags::text[])
     AND ($hasRubric::boolean IS NULL OR (q.has_look_for OR q.has_red_flags) = $hasRubric::boolean)`;

// Each facet counts under the search and every other filter (its own filter is left out, so its
// choices stay visible): one statement per facet, the facet's own filter not a parameter of it.

const facetType = sql<IFacetTypeQuery>`
  WITH search AS MATERIALIZED (SELECT question_search_query($organizationId!, $status!::question_status, $text::text) AS query)
  SELECT q.type::text AS "value!", count(*)::int AS "count!" FROM questions q
   WHERE q.organization_id = $organizationId! AND q.status = $status!::question_status
     AND ($text::text IS NULL OR q.search_document @@ (SELECT query FROM search))
     AND ($difficulties::question_difficulty[] IS NULL OR q.difficulty = ANY($difficulties::question_difficulty[]))
     AND ($competencies::text[] IS NULL OR q.competencies @> $competencies::text[])
     AND ($tags::text[] IS NULL OR q.tags @> $tags::text[])
     AND ($hasRubric::boolean IS NULL OR (q.has_look_for OR q.has_red_flags) = $hasRubric::boolean)
   GROUP BY 1 ORDER BY 2 DESC, 1`;

const facetDifficulty = sql<IFacetDifficultyQuery>`
  WITH search AS MATERIALIZED (SELECT question_search_query($organizationId!, $status!::question_status, $text::text) AS query)
  SELECT q.difficulty::text AS "value!", count(*)::int AS "count!" FROM questions q
   WHERE q.organization_id = $organizationId! AND q.status = $status!::question_status
     AND ($text::text IS NULL OR q.search_document @@ (SELECT query FROM search))
     AND ($types::question_type[] IS NULL OR q.type = ANY($types::question_type[]))
     AND ($competencies::text[] IS NULL OR q.competencies @> $competencies::text[])
     AND ($tags::text[] IS NULL OR q.tags @> $tags::text[])
     AND ($hasRubric::boolean IS NULL OR (q.has_look_for OR q.has_red_flags) = $hasRubric::boolean)
   GROUP BY 1 ORDER BY 2 DESC, 1`;

const facetCompetency = sql<IFacetCompetencyQuery>`
  WITH search AS MATERIALIZED (SELECT question_search_query($organizationId!, $status!::question_status, $text::text) AS query)
  SELECT unnest(q.competencies) AS "value!", count(*)::int AS "count!" FROM questions q
   WHERE q.organization_id = $organizationId! AND q.status = $status!::question_status
     AND ($text::text IS NULL OR q.search_document @@ (SELECT query FROM search))
     AND ($types::question_type[] IS NULL OR q.type = ANY($types::question_type[]))
     AND ($difficulties::question_difficulty[] IS NULL OR q.difficulty = ANY($difficulties::question_difficulty[]))
     AND ($tags::text[] IS NULL OR q.tags @> $tags::text[])
     AND ($hasRubric::boolean IS NULL OR (q.has_look_for OR q.has_red_flags) = $hasRubric::boolean)
   GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50`;

const facetTag = sql<IFacetTagQuery>`
  WITH search AS MATERIALIZED (SELECT question_search_query($organizationId!, $status!::question_status, $text::text) AS query)
  SELECT unnest(q.tags) AS "value!", count(*)::int AS "count!" FROM questions q
   WHERE q.organization_id = $organizationId! AND q.status = $status!::question_status
     AND ($text::text IS NULL OR q.search_document @@ (SELECT query FROM search))
     AND ($types::question_type[] IS NULL OR q.type = ANY($types::question_type[]))
     AND ($difficulties::question_difficulty[] IS NULL OR q.difficulty = ANY($difficulties::question_difficulty[]))
     AND ($competencies::text[] IS NULL OR q.competencies @> $competencies::text[])
     AND ($hasRubric::boolean IS NULL OR (q.has_look_for OR q.has_red_flags) = $hasRubric::boolean)
   GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50`;

const facetHasRubric = sql<IFacetHasRubricQuery>`
  WITH search AS MATERIALIZED (SELECT question_search_query($organizationId!, $status!::question_status, $text::text) AS query)
  SELECT (q.has_look_for OR q.has_red_flags)::text AS "value!", count(*)::int AS "count!" FROM questions q
   WHERE q.organization_id = $organizationId! AND q.status = $status!::question_status
     AND ($text::text IS NULL OR q.search_document @@ (SELECT query FROM search))
     AND ($types::question_type[] IS NULL OR q.type = ANY($types::question_type[]))
     AND ($difficulties::question_difficulty[] IS NULL OR q.difficulty = ANY($difficulties::question_difficulty[]))
     AND ($competencies::text[] IS NULL OR q.competencies @> $competencies::text[])
     AND ($tags::text[] IS NULL OR q.tags @> $tags::text[])
   GROUP BY 1 ORDER BY 2 DESC, 1`;

export type SearchRow = Omit<QuestionRecord, 'protectedFindings'> & { protectedFindings: Json; sortKey: string; marked: string };

/** A page of `limit` questions after the cursor, with their sort keys and marked prompts. */
export async function searchPage(
  db: Queryable,
  filter: SearchFilter,
  after: { key: string; id: string } | null,
  limit: number,
): Promise<Array<Omit<SearchRow, 'protectedFindings'> & QuestionRecord>> {
  const found = await rows(db, searchQuestions, { ...filter, afterKey: after?.key ?? null, afterId: after?.id ?? null, limit });
  return found.map(toQuestionRecord);
}

export async function searchCount(db: Queryable, filter: SearchFilter): Promise<{ count: number; suggestion: string | null }> {
  const row = await first(db, countQuestions, filter);
  return { count: row?.count ?? 0, suggestion: row?.suggestion ?? null };
}

export type Facet = 'types' | 'difficulties' | 'competencies' | 'tags' | 'hasRubric';

/** Each facet's values with their counts under the search and every other filter. */
export function facetCounts(db: Queryable, facet: Facet, filter: SearchFilter): Promise<Array<{ value: string; count: number }>> {
  switch (facet) {
    case 'types':
      return rows(db, facetType, filter);
    case 'difficulties':
      return rows(db, facetDifficulty, filter);
    case 'competencies':
      return rows(db, facetCompetency, filter);
    case 'tags':
      return rows(db, facetTag, filter);
    case 'hasRubric':
      return rows(db, facetHasRubric, filter);
  }
}
