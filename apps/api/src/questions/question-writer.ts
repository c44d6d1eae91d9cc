import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { findNearDuplicates, NEAR_DUPLICATE_THRESHOLD, type SourceRef } from '@panelist/question-bank';
import { AppError } from '../common/errors/app-error';
import { toQuestionRow, type QuestionContent } from './question-content';
import * as questions from './questions.repository';

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
    drafts: NewQuestion[],
    importId: string | null = null,
  ): Promise<{ ids: Map<string, string>; sourcesAdded: number }> {
    const ids = new Map<string, string>();
    let sourcesAdded = 0;
    if (drafts.length > BATCH) {
      // Let the GIN indexes collect a whole import in their pending lists, then merge them once at the end.
      await questions.deferSearchIndexing(db);
    }
    const batches = chunks(drafts, BATCH);
    const toJson = (batch: NewQuestion[]) => JSON.stringify(batch.map((q) => ({ ...toQuestionRow(q.content), sources: q.sources })));
    let rows = batches.length > 0 ? toJson(batches[0]) : '';
    for (let index = 0; index < batches.length; index++) {
      const pending = questions.insertNewQuestionRows(db, organizationId, userId, importId, rows);
      // Prepare the next batch while PostgreSQL works on this one.
      if (index + 1 < batches.length) rows = toJson(batches[index + 1]);
      const inserted = await pending;
      for (const row of inserted) ids.set(row.fingerprint, row.id);
      sourcesAdded += inserted[0]?.sourcesAdded ?? 0;
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
      added += await questions.insertSourceRows(db, organizationId, importId, rows);
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
    let revision: number | undefined;
    try {
      revision = await questions.reviseQuestionRow(db, ids, version, rows);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw AppError.conflict('Another question in the bank already has exactly this prompt.', 'prompt');
      }
      throw error;
    }
    if (revision === undefined) {
      if (!(await questions.questionExists(db, ids.organizationId, ids.questionId))) throw AppError.notFound('That question', 'id');
      throw AppError.conflict('Someone else edited this question meanwhile. Reload to see their revision.', 'version');
    }
    await questions.insertRevisionRow(db, ids, revision, changeNote, rows);
  }

  /**
   * GIN indexes park new entries in a pending list that every search then scans linearly; after a
   * bulk insert that list is megabytes long. Merging it now keeps searches fast (≈0.1 s per 10k rows).
   */
  async settleSearchIndexes(db: EntityManager): Promise<void> {
    await questions.settleSearchIndexes(db);
  }

  /** Records pairs of similar questions for the bank-health page; a known or dismissed pair stays as it is. */
  async recordDuplicateSuggestions(db: EntityManager, organizationId: string, pairs: Array<{ a: string; b: string; score: number }>) {
    const distinct = pairs.filter((pair) => pair.a !== pair.b);
    if (distinct.length === 0) return;
    await questions.insertDuplicateSuggestionRows(db, organizationId, JSON.stringify(distinct));
  }

  /** After a person writes a question: is it very like another one in the bank? Then bank health says so. */
  async suggestDuplicatesOf(db: EntityManager, organizationId: string, questionId: string): Promise<void> {
    const bank = await questions.activePromptsWithLast(db, organizationId, questionId);
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
