import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { findNearDuplicates, NEAR_DUPLICATE_THRESHOLD, type SourceRef } from '@panelist/question-bank';
import { AppError } from '../common/errors/app-error';
import {
  QUESTION_ROW_COLUMNS,
  QUESTION_SUMMARY_COLUMNS,
  QUESTION_SUMMARY_SQL,
  REVISION_COLUMNS,
  REVISION_VALUES_SQL,
  toQuestionRow,
  type QuestionContent,
} from './question-content';

const BATCH = 1000;
const UNIQUE_VIOLATION = '23505';

export interface NewQuestion {
  content: QuestionContent & { fingerprint?: string };
  sources: SourceRef[];
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Every write to questions goes through here, inside the caller's transaction: bulk inserts for
 * imports (three statements per thousand questions) and one revision at a time for edits.
 */
@Injectable()
export class QuestionWriter {
  /**
   * Inserts questions whose fingerprint the organization does not have yet, each with revision 1 and
   * its sources: one statement per thousand questions, the batch's JSON parsed once. Returns the id
   * per fingerprint of those inserted; questions that already existed are left alone.
   */
  async insertNew(
    db: EntityManager,
    organizationId: string,
    userId: string | null,
    questions: NewQuestion[],
    importId: string | null = null,
  ): Promise<{ ids: Map<string, string>; sourcesAdded: number }> {
    const ids = new Map<string, string>();
    let sourcesAdded = 0;
    if (questions.length > BATCH) {
      // Let the GIN indexes collect a whole import in their pending lists, then merge them once at the end.
      await db.query(`SET LOCAL gin_pending_list_limit = '64MB'`);
    }
    const batches = chunks(questions, BATCH);
    const toJson = (batch: NewQuestion[]) => JSON.stringify(batch.map((q) => ({ ...toQuestionRow(q.content), sources: q.sources })));
    let rows = batches.length > 0 ? toJson(batches[0]) : '';
    for (let index = 0; index < batches.length; index++) {
      const pending = db.query<Array<{ id: string; fingerprint: string; sources_added: number }>>(
        `WITH r AS MATERIALIZED (
           SELECT * FROM json_to_recordset($2::json) AS r(${QUESTION_ROW_COLUMNS}, sources json)
         ), ins AS (
           INSERT INTO questions (organization_id, fingerprint, ${QUESTION_SUMMARY_COLUMNS})
           SELECT $1, r.fingerprint, ${QUESTION_SUMMARY_SQL('r')} FROM r
           ON CONFLICT (organization_id, fingerprint) DO NOTHING
           RETURNING id, fingerprint
         ), rev AS (
           INSERT INTO question_revisions (question_id, organization_id, revision, created_by, ${REVISION_COLUMNS})
           SELECT ins.id, $1, 1, $3, ${REVISION_VALUES_SQL('r')} FROM ins JOIN r ON r.fingerprint = ins.fingerprint
         ), src AS (
           INSERT INTO question_sources (question_id, organization_id, import_id, file, item, line)
           SELECT ins.id, $1, $4, s.file, s.item, s.line
             FROM ins JOIN r ON r.fingerprint = ins.fingerprint,
                  json_to_recordset(r.sources) AS s(file text, item int, line int)
           ON CONFLICT DO NOTHING
           RETURNING 1
         )
         SELECT id, fingerprint, (SELECT count(*)::int FROM src) AS sources_added FROM ins`,
        [organizationId, rows, userId, importId],
      );
      // Prepare the next batch while PostgreSQL works on this one.
      if (index + 1 < batches.length) rows = toJson(batches[index + 1]);
      const inserted = await pending;
      for (const row of inserted) ids.set(row.fingerprint, row.id);
      sourcesAdded += inserted[0]?.sources_added ?? 0;
    }
    return { ids, sourcesAdded };
  }

  /** Records where questions came from; a reference already recorded is not added twice. */
  async addSources(
    db: EntityManager,
    organizationId: string,
    importId: string | null,
    sources: Array<{ questionId: string; source: SourceRef }>,
  ): Promise<number> {
    let added = 0;
    for (const batch of chunks(sources, BATCH * 5)) {
      const rows = JSON.stringify(batch.map(({ questionId, source }) => ({ question_id: questionId, ...source })));
      const [, count] = await db.query<[unknown[], number]>(
        `INSERT INTO question_sources (question_id, organization_id, import_id, file, item, line)
         SELECT s.question_id, $1, $2, s.file, s.item, s.line
           FROM json_to_recordset($3::json) AS s(question_id uuid, file text, item int, line int)
           JOIN questions q ON q.id = s.question_id AND q.organization_id = $1
         ON CONFLICT DO NOTHING`,
        [organizationId, importId, rows],
      );
      added += typeof count === 'number' ? count : 0;
    }
    return added;
  }

  /**
   * Appends a revision and makes it current, if `version` is still the question's version. The
   * check lives in the UPDATE itself, so two concurrent edits cannot both win.
   */
  async revise(
    db: EntityManager,
    ids: { organizationId: string; questionId: string; userId: string },
    version: number,
    content: QuestionContent,
    changeNote: string | null,
  ): Promise<void> {
    const row = toQuestionRow(content);
    const rows = JSON.stringify([row]);
    let updated: Array<{ current_revision: number }>;
    try {
      updated = await db
        .query(
          `UPDATE questions q
            SET (fingerprint, ${QUESTION_SUMMARY_COLUMNS}) = (SELECT r.fingerprint, ${QUESTION_SUMMARY_SQL('r')}
                  FROM jsonb_to_recordset($4::jsonb) AS r(${QUESTION_ROW_COLUMNS})),
                current_revision = q.current_revision + 1, version = q.version + 1, updated_at = now()
          WHERE q.id = $1 AND q.organization_id = $2 AND q.version = $3
          RETURNING q.current_revision`,
          [ids.questionId, ids.organizationId, version, rows],
        )
        .then((result: [Array<{ current_revision: number }>, number]) => result[0]);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw AppError.conflict('Another question in the bank already has exactly this prompt.', 'prompt');
      }
      throw error;
    }
    if (updated.length === 0) {
      const exists = await db.query<unknown[]>(`SELECT 1 FROM questions WHERE id = $1 AND organization_id = $2`, [
        ids.questionId,
        ids.organizationId,
      ]);
      if (exists.length === 0) throw AppError.notFound('That question', 'id');
      throw AppError.conflict('Someone else edited this question meanwhile. Reload to see their revision.', 'version');
    }
    await db.query(
      `INSERT INTO question_revisions (question_id, organization_id, revision, created_by, change_note, ${REVISION_COLUMNS})
       SELECT $1, $2, $3, $4, $5, ${REVISION_VALUES_SQL('r')}
         FROM jsonb_to_recordset($6::jsonb) AS r(${QUESTION_ROW_COLUMNS})`,
      [ids.questionId, ids.organizationId, updated[0].current_revision, ids.userId, changeNote, rows],
    );
  }

  /**
   * GIN indexes park new entries in a pending list that every search then scans linearly; after a
   * bulk insert that list is megabytes long. Merging it now keeps searches fast (≈0.1 s per 10k rows).
   */
  async settleSearchIndexes(db: EntityManager): Promise<void> {
    await db.query(
      `SELECT gin_clean_pending_list(index::regclass)
         FROM unnest(ARRAY['questions_search_idx', 'questions_tags_idx', 'questions_competencies_idx']) AS index`,
    );
  }

  /** Records pairs of similar questions for the bank-health page; a known or dismissed pair stays as it is. */
  async recordDuplicateSuggestions(db: EntityManager, organizationId: string, pairs: Array<{ a: string; b: string; score: number }>) {
    const distinct = pairs.filter((pair) => pair.a !== pair.b);
    if (distinct.length === 0) return;
    await db.query(
      `INSERT INTO question_duplicate_suggestions (organization_id, question_a, question_b, score)
       SELECT $1, least(p.a, p.b), greatest(p.a, p.b), p.score FROM json_to_recordset($2::json) AS p(a uuid, b uuid, score real)
       ON CONFLICT DO NOTHING`,
      [organizationId, JSON.stringify(distinct)],
    );
  }

  /** After a person writes a question: is it very like another one in the bank? Then bank health says so. */
  async suggestDuplicatesOf(db: EntityManager, organizationId: string, questionId: string): Promise<void> {
    const bank = await db.query<Array<{ id: string; fingerprint: string; prompt: string }>>(
      `SELECT id, fingerprint, prompt FROM questions WHERE organization_id = $1 AND status = 'ACTIVE' ORDER BY id = $2, id`,
      [organizationId, questionId],
    );
    const written = bank.at(-1);
    if (!written || written.id !== questionId) return;
    const byFingerprint = new Map(bank.map((question) => [question.fingerprint, question.id]));
    const { suggestions } = findNearDuplicates(bank, NEAR_DUPLICATE_THRESHOLD, bank.length - 1);
    await this.recordDuplicateSuggestions(
      db,
      organizationId,
      suggestions
        .map(({ a, b, score }) => ({ a: byFingerprint.get(a) ?? '', b: byFingerprint.get(b) ?? '', score }))
        .filter((p) => p.a && p.b),
    );
  }
}
