import type { RatingPoint } from '@panelist/kits';
import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import { toRevision, type RevisionColumns, type RevisionRecord } from '../questions/questions.repository';
import type {
  ICloneKitQuery,
  ICloneSectionsQuery,
  IDeleteSectionsQuery,
  IDeleteUnusedKitQuery,
  IFindBankQuestionsQuery,
  IInsertKitQuery,
  IInsertSectionsQuery,
  IKitsUsingQuery,
  IPinnedRevisionsQuery,
  ISelectKitQuestionsQuery,
  ISelectKitsQuery,
  ISelectKitWithSectionsQuery,
  ISelectSectionsQuery,
  ILockKitQuery,
  ISetKitStatusQuery,
  ITakeNewerRevisionQuery,
  ITouchKitQuery,
  IUpdateKitQuery,
  Json,
  kit_status,
} from './kits.repository.types';

/** kits.rating_scale and kits.competency_weights hold what the kit rules accepted (written by insert/update). */
const ratingScaleOf = (json: Json) => (Array.isArray(json) ? (json as unknown as RatingPoint[]) : []);
const weightsOf = (json: Json) => (Array.isArray(json) ? (json as unknown as Array<{ competency: string; weight: number }>) : []);

/** Kits of an organization by status, or one kit (`$id`). */
const selectKits = sql<ISelectKitsQuery>`
  SELECT k.id, k.role_name AS "roleName", k.title, k.interview_minutes AS "interviewMinutes", k.notes,
         k.rating_scale AS "ratingScale", k.competency_weights AS "competencyWeights", k.status, k.version,
         k.cloned_from AS "clonedFromId", k.created_at AS "createdAt", k.updated_at AS "updatedAt",
         NOT EXISTS (SELECT 1 FROM job_rounds jr WHERE jr.kit_id = k.id) AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.kit_id = k.id) AS "deletable!"
    FROM kits k
   WHERE k.organization_id = $organizationId! AND ($status::kit_status IS NULL OR k.status = $status) AND ($id::uuid IS NULL OR k.id = $id)
   ORDER BY k.updated_at DESC`;

type KitRow = Awaited<ReturnType<typeof selectKits.run>>[number];

export interface KitRecord extends Omit<KitRow, 'ratingScale' | 'competencyWeights'> {
  ratingScale: RatingPoint[];
  competencyWeights: Array<{ competency: string; weight: number }>;
}

const toKit = (row: KitRow): KitRecord => ({
  ...row,
  ratingScale: ratingScaleOf(row.ratingScale),
  competencyWeights: weightsOf(row.competencyWeights),
});

export async function list(db: Queryable, organizationId: string, status: kit_status): Promise<KitRecord[]> {
  return (await rows(db, selectKits, { organizationId, status, id: null })).map(toKit);
}

export async function find(db: Queryable, organizationId: string, id: string): Promise<KitRecord | undefined> {
  const row = await first(db, selectKits, { organizationId, status: null, id });
  return row && toKit(row);
}

/**
 * One kit with its sections, their questions and the pinned revisions, in one statement (the kit
 * page). Sections in order, questions in order within each.
 */
const selectKitWithSections = sql<ISelectKitWithSectionsQuery>`
  SELECT k.id, k.role_name AS "roleName", k.title, k.interview_minutes AS "interviewMinutes", k.notes,
         k.rating_scale AS "ratingScale", k.competency_weights AS "competencyWeights", k.status, k.version,
         k.cloned_from AS "clonedFromId", k.created_at AS "createdAt", k.updated_at AS "updatedAt",
         NOT EXISTS (SELECT 1 FROM job_rounds jr WHERE jr.kit_id = k.id) AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.kit_id = k.id) AS "deletable!",
         COALESCE((SELECT json_agg(json_build_object('id', ks.id, 'position', ks.position, 'competency', ks.competency, 'title', ks.title,
           'questions', COALESCE((SELECT json_agg(json_build_object(
               'kitQuestionId', kq.id, 'position', kq.position, 'plannedMinutes', kq.planned_minutes,
               'currentRevision', q.current_revision, 'newerRevisionAvailable', q.current_revision > r.revision,
               'archived', q.status = 'ARCHIVED', 'id', r.id, 'questionId', r.question_id, 'revision', r.revision,
               'prompt', r.prompt, 'code', r.code, 'category', r.category, 'followUps', r.follow_ups, 'type', r.type,
               'difficulty', r.difficulty, 'competencies', r.competencies, 'tags', r.tags, 'classification', r.classification,
               'changeNote', r.change_note, 'createdByName', u.name, 'createdAt', r.created_at, 'referenceAnswer', r.reference_answer,
               'lookFor', r.look_for, 'redFlags', r.red_flags, 'whatToExpect', r.what_to_expect,
               'interviewerGuidance', r.interviewer_guidance, 'sampleAnswer', r.sample_answer) ORDER BY kq.position)
             FROM kit_questions kq
             JOIN questions q ON q.id = kq.question_id
             JOIN question_revisions r ON r.id = kq.question_revision_id
             LEFT JOIN users u ON u.id = r.created_by
            WHERE kq.section_id = ks.id), '[]')) ORDER BY ks.position)
           FROM kit_sections ks WHERE ks.kit_id = k.id), '[]') AS "sections!"
    FROM kits k
   WHERE k.organization_id = $organizationId! AND k.id = $id!`;

type JsonKitQuestion = Omit<KitQuestionRecord, 'id' | 'sectionId' | 'revision'> &
  Omit<RevisionColumns, 'createdAt'> & { kitQuestionId: string; createdAt: string };
type JsonKitSection = { id: string; position: number; competency: string; title: string; questions: JsonKitQuestion[] };

/** A kit with its sections and their questions, in one statement; undefined when not the organization's. */
export async function findWithSections(
  db: Queryable,
  organizationId: string,
  id: string,
): Promise<
  (KitRecord & { sections: Array<Omit<JsonKitSection, 'questions'> & { questions: Omit<KitQuestionRecord, 'sectionId'>[] }> }) | undefined
> {
  const row = await first(db, selectKitWithSections, { organizationId, id });
  if (!row) return undefined;
  const { sections, ...kit } = row;
  return {
    ...toKit(kit),
    sections: (sections as unknown as JsonKitSection[]).map((section) => ({
      id: section.id,
      position: section.position,
      competency: section.competency,
      title: section.title,
      questions: section.questions.map((question) => ({
        id: question.kitQuestionId,
        position: question.position,
        plannedMinutes: question.plannedMinutes,
        questionId: question.questionId,
        currentRevision: question.currentRevision,
        newerRevisionAvailable: question.newerRevisionAvailable,
        archived: question.archived,
        // The revision's columns sit beside the kit question's in the aggregate.
        revision: toRevision(question),
      })),
    })),
  };
}

export interface KitWrite {
  organizationId: string;
  roleName: string;
  title: string;
  interviewMinutes: number;
  notes: string;
  ratingScale: RatingPoint[];
  competencyWeights: Array<{ competency: string; weight: number }>;
}

const insertKit = sql<IInsertKitQuery>`
  INSERT INTO kits (organization_id, role_name, title, interview_minutes, notes, rating_scale, competency_weights, created_by)
  VALUES ($organizationId!, $roleName!, $title!, $interviewMinutes!, $notes!, $ratingScale!::jsonb, $competencyWeights!::jsonb, $createdBy!) RETURNING id`;

export async function insert(db: Queryable, kit: KitWrite & { createdBy: string }): Promise<string> {
  const [row] = await rows(db, insertKit, {
    ...kit,
    ratingScale: JSON.stringify(kit.ratingScale),
    competencyWeights: JSON.stringify(kit.competencyWeights),
  });
  return row.id;
}

/** 0 rows when `version` is stale. */
const updateKit = sql<IUpdateKitQuery>`
  UPDATE kits SET role_name = $roleName!, title = $title!, interview_minutes = $interviewMinutes!, notes = $notes!, rating_scale = $ratingScale!::jsonb,
         competency_weights = $competencyWeights!::jsonb, version = version + 1, updated_at = now()
   WHERE organization_id = $organizationId! AND id = $id! AND version = $version!`;

export function update(db: Queryable, kit: KitWrite & { id: string; version: number }): Promise<number> {
  return execute(db, updateKit, {
    ...kit,
    ratingScale: JSON.stringify(kit.ratingScale),
    competencyWeights: JSON.stringify(kit.competencyWeights),
  });
}

const pinnedRevisions = sql<IPinnedRevisionsQuery>`SELECT question_id AS "questionId", question_revision_id AS "revisionId" FROM kit_questions WHERE kit_id = $kitId!`;

/** Question → the revision the kit pinned it to. */
export async function pins(db: Queryable, kitId: string): Promise<Map<string, string>> {
  return new Map((await rows(db, pinnedRevisions, { kitId })).map((pin) => [pin.questionId, pin.revisionId]));
}

const deleteSections = sql<IDeleteSectionsQuery>`DELETE FROM kit_sections WHERE kit_id = $kitId!`;

export async function clearSections(db: Queryable, kitId: string): Promise<void> {
  await execute(db, deleteSections, { kitId });
}

const insertSections = sql<IInsertSectionsQuery>`
  WITH sections AS (
    INSERT INTO kit_sections (kit_id, position, competency, title)
    SELECT $kitId!, s.position, s.competency, s.title FROM json_to_recordset($sections!::json) AS s(position int, competency text, title text)
    RETURNING id, position
  )
  INSERT INTO kit_questions (kit_id, section_id, position, question_id, question_revision_id, planned_minutes)
  SELECT $kitId!, sections.id, q.position, q.question_id, q.question_revision_id, q.planned_minutes
    FROM json_to_recordset($questions!::json) AS q(section_position int, position int, question_id uuid, question_revision_id uuid, planned_minutes int)
    JOIN sections ON sections.position = q.section_position`;

/** Sections and their questions, in one statement. */
export async function insertSectionsOf(
  db: Queryable,
  kitId: string,
  sections: Array<{ position: number; competency: string; title: string }>,
  questions: Array<{
    sectionPosition: number;
    position: number;
    questionId: string;
    revisionId: string | undefined;
    plannedMinutes: number;
  }>,
): Promise<void> {
  await execute(db, insertSections, {
    kitId,
    sections: JSON.stringify(sections),
    questions: JSON.stringify(
      questions.map((q) => ({
        section_position: q.sectionPosition,
        position: q.position,
        question_id: q.questionId,
        question_revision_id: q.revisionId,
        planned_minutes: q.plannedMinutes,
      })),
    ),
  });
}

const cloneKit = sql<ICloneKitQuery>`
  INSERT INTO kits (organization_id, role_name, title, interview_minutes, notes, rating_scale, competency_weights, cloned_from, created_by)
  SELECT organization_id, role_name, left(title || ' (copy)', 120), interview_minutes, notes, rating_scale, competency_weights, id, $createdBy!
    FROM kits WHERE organization_id = $organizationId! AND id = $kitId! RETURNING id`;

const cloneSections = sql<ICloneSectionsQuery>`
  WITH sections AS (
    INSERT INTO kit_sections (kit_id, position, competency, title)
    SELECT $newKitId!, position, competency, title FROM kit_sections WHERE kit_id = $kitId!
    RETURNING id, position
  )
  INSERT INTO kit_questions (kit_id, section_id, position, question_id, question_revision_id, planned_minutes)
  SELECT $newKitId!, sections.id, kq.position, kq.question_id, kq.question_revision_id, kq.planned_minutes
    FROM kit_questions kq JOIN kit_sections ks ON ks.id = kq.section_id JOIN sections ON sections.position = ks.position
   WHERE kq.kit_id = $kitId!`;

/** A copy of the kit with its sections and pinned questions; answers the copy's id. */
export async function clone(db: Queryable, organizationId: string, kitId: string, createdBy: string): Promise<string> {
  const [row] = await rows(db, cloneKit, { organizationId, kitId, createdBy });
  await execute(db, cloneSections, { kitId, newKitId: row.id });
  return row.id;
}

const setKitStatus = sql<ISetKitStatusQuery>`
  UPDATE kits SET status = $status!, version = version + 1, updated_at = now() WHERE organization_id = $organizationId! AND id = $id! AND status <> $status!`;

/** 0 rows when the kit already had that status. */
export function setStatus(db: Queryable, organizationId: string, id: string, status: kit_status): Promise<number> {
  return execute(db, setKitStatus, { organizationId, id, status });
}

const lockKit = sql<ILockKitQuery>`SELECT version, title FROM kits WHERE organization_id = $organizationId! AND id = $id! FOR UPDATE`;

/** Locks the kit row until the transaction ends: a job round or interview taking the kit meanwhile waits, then fails its key check. */
export function lock(db: Queryable, organizationId: string, id: string) {
  return first(db, lockKit, { organizationId, id });
}

/** Sections and questions go with the kit (ON DELETE CASCADE); a kit a job round or an interview references stays. */
const deleteUnusedKit = sql<IDeleteUnusedKitQuery>`
  DELETE FROM kits k WHERE k.organization_id = $organizationId! AND k.id = $id!
     AND NOT EXISTS (SELECT 1 FROM job_rounds jr WHERE jr.kit_id = k.id) AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.kit_id = k.id)`;

/** 0 rows when a job round or an interview uses the kit. */
export function deleteUnused(db: Queryable, organizationId: string, id: string): Promise<number> {
  return execute(db, deleteUnusedKit, { organizationId, id });
}

const takeNewerRevision = sql<ITakeNewerRevisionQuery>`
  UPDATE kit_questions kq
     SET question_revision_id = r.id
    FROM kits k, questions q, question_revisions r
   WHERE kq.id = $kitQuestionId! AND k.id = kq.kit_id AND k.organization_id = $organizationId!
     AND q.id = kq.question_id AND r.question_id = q.id AND r.revision = q.current_revision
  RETURNING kq.kit_id AS "kitId"`;

const touchKit = sql<ITouchKitQuery>`UPDATE kits SET version = version + 1, updated_at = now() WHERE id = $kitId!`;

/** Re-pins one kit question to the bank's current revision; answers its kit's id (undefined: not found). */
export async function repinToCurrent(db: Queryable, organizationId: string, kitQuestionId: string): Promise<string | undefined> {
  const row = await first(db, takeNewerRevision, { organizationId, kitQuestionId });
  if (row) await execute(db, touchKit, { kitId: row.kitId });
  return row?.kitId;
}

const selectSections = sql<ISelectSectionsQuery>`
  SELECT id, kit_id AS "kitId", position, competency, title FROM kit_sections WHERE kit_id = ANY($kitIds!::uuid[]) ORDER BY kit_id, position`;

export function sectionsOf(db: Queryable, kitIds: readonly string[]) {
  return rows(db, selectSections, { kitIds: [...kitIds] });
}

/** The kits' questions with their pinned revisions, in one statement. */
const selectKitQuestions = sql<ISelectKitQuestionsQuery>`
  SELECT kq.id AS "kitQuestionId", kq.section_id AS "sectionId", kq.position, kq.planned_minutes AS "plannedMinutes",
         q.current_revision AS "currentRevision", q.current_revision > r.revision AS "newerRevisionAvailable!",
         q.status = 'ARCHIVED' AS "archived!",
         r.id, r.question_id AS "questionId", r.revision, r.label, r.prompt, r.code, r.category, r.follow_ups AS "followUps",
         r.type, r.difficulty, r.competencies, r.tags, r.classification, r.change_note AS "changeNote",
         u.name AS "createdByName?", r.created_at AS "createdAt",
         r.reference_answer AS "referenceAnswer", r.look_for AS "lookFor", r.red_flags AS "redFlags",
         r.what_to_expect AS "whatToExpect", r.interviewer_guidance AS "interviewerGuidance", r.sample_answer AS "sampleAnswer"
    FROM kit_questions kq
    JOIN questions q ON q.id = kq.question_id
    JOIN question_revisions r ON r.id = kq.question_revision_id
    LEFT JOIN users u ON u.id = r.created_by
   WHERE kq.kit_id = ANY($kitIds!::uuid[])
   ORDER BY kq.section_id, kq.position`;

export interface KitQuestionRecord {
  id: string;
  sectionId: string;
  position: number;
  plannedMinutes: number;
  questionId: string;
  currentRevision: number;
  newerRevisionAvailable: boolean;
  archived: boolean;
  revision: RevisionRecord;
}

export async function questionsOf(db: Queryable, kitIds: readonly string[]): Promise<KitQuestionRecord[]> {
  const found = await rows(db, selectKitQuestions, { kitIds: [...kitIds] });
  return found.map(
    ({ kitQuestionId, sectionId, position, plannedMinutes, currentRevision, newerRevisionAvailable, archived, ...revision }) => ({
      id: kitQuestionId,
      sectionId,
      position,
      plannedMinutes,
      questionId: revision.questionId,
      currentRevision,
      newerRevisionAvailable,
      archived,
      revision: toRevision(revision),
    }),
  );
}

const kitsUsing = sql<IKitsUsingQuery>`
  SELECT kq.question_id AS "questionId", k.id, k.role_name AS "roleName", k.title, r.revision AS "pinnedRevision"
    FROM kit_questions kq JOIN kits k ON k.id = kq.kit_id JOIN question_revisions r ON r.id = kq.question_revision_id
   WHERE k.organization_id = $organizationId! AND k.status = 'ACTIVE' AND kq.question_id = ANY($questionIds!::uuid[])
   ORDER BY k.role_name, k.title`;

/** The active kits that use each question. */
export function activeKitsUsing(db: Queryable, organizationId: string, questionIds: readonly string[]) {
  return rows(db, kitsUsing, { organizationId, questionIds: [...questionIds] });
}

const findBankQuestions = sql<IFindBankQuestionsQuery>`
  SELECT q.id, r.id AS "revisionId", q.has_look_for OR q.has_red_flags AS "hasRubric!"
    FROM questions q JOIN question_revisions r ON r.question_id = q.id AND r.revision = q.current_revision
   WHERE q.organization_id = $organizationId! AND q.id = ANY($ids!::uuid[])`;

export type BankQuestionInfo = Awaited<ReturnType<typeof findBankQuestions.run>>[number];

/** The organization's questions among `ids`, with their current revision. */
export async function bankQuestions(db: Queryable, organizationId: string, ids: string[]): Promise<Map<string, BankQuestionInfo>> {
  return new Map((await rows(db, findBankQuestions, { organizationId, ids })).map((row) => [row.id, row]));
}
