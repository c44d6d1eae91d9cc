import type { Classification, ProtectedCharacteristicFinding } from '@panelist/question-bank';
import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
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
         q.created_at AS "createdAt", q.updated_at AS "updatedAt"
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

export interface RevisionRecord extends Omit<
  RevisionColumns,
  'classification' | 'referenceAnswer' | 'lookFor' | 'redFlags' | 'whatToExpect' | 'interviewerGuidance' | 'sampleAnswer'
> {
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

/** A revision's flat columns → the shape QuestionRevisionDto has (rubric grouped, classification typed). */
export function toRevision(row: RevisionColumns): RevisionRecord {
  const { referenceAnswer, lookFor, redFlags, whatToExpect, interviewerGuidance, sampleAnswer, classification, ...revision } = row;
  return {
    ...revision,
    classification: classificationOf(classification),
    rubric: { referenceAnswer, lookFor, redFlags, whatToExpect, interviewerGuidance, sampleAnswer },
  };
}

/**
 * Revisions by id (`$ids`), or every revision of some questions (`$questionIds`), newest first;
 * `$organizationId` scopes when given.
 */
const selectRevisions = sql<ISelectRevisionsQuery>`
  SELECT r.id, r.question_id AS "questionId", r.revision, r.prompt, r.code, r.category, r.follow_ups AS "followUps",
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
  SELECT r.id, r.question_id AS "questionId", r.revision, r.prompt, r.code, r.category, r.follow_ups AS "followUps",
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
