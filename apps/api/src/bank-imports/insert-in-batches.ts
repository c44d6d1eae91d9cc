import type { EntityManager } from 'typeorm';
import { toQuestionRow } from '../questions/question-content';
import type { NewQuestion } from '../questions/question-writer';
import { deferSearchIndexing, insertNewQuestionRows } from '../questions/questions.repository';

/** Questions per INSERT statement. */
const IMPORT_BATCH = 1000;

/**
 * The statement PostgreSQL runs while Node runs `meanwhile` (the near-duplicate search: about as long
 * as two or three statements at 100k questions) carries this many batches, so PostgreSQL does not wait.
 */
const MEANWHILE_BATCHES = 3;

interface Inserted {
  ids: Map<string, string>;
  sourcesAdded: number;
}

/** The next turn of the event loop: a statement just started has left for PostgreSQL by then. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Inserts an import's new questions (QuestionWriter.insertNew's statement: each question with revision 1
 * and its sources, one whose fingerprint the organization has is left alone), keeping PostgreSQL busy:
 * while it runs one statement, Node builds the next (the JSON rows, the protected-characteristics check)
 * and runs `meanwhile`, Node work the inserts do not need. One statement at a time on the caller's
 * transaction. Answers the id per fingerprint of the questions inserted and the sources they got.
 */
export async function insertInBatches(
  db: EntityManager,
  ids: { organizationId: string; userId: string | null; importId: string },
  drafts: NewQuestion[],
  meanwhile?: () => void,
): Promise<Inserted> {
  const inserted: Inserted = { ids: new Map(), sourcesAdded: 0 };
  // Let the GIN indexes collect the whole import in their pending lists; the caller merges them at the end.
  if (drafts.length > IMPORT_BATCH) await deferSearchIndexing(db);
  const batches: NewQuestion[][] = [];
  for (let start = 0; start < drafts.length;) {
    const size = batches.length === 1 && meanwhile ? IMPORT_BATCH * MEANWHILE_BATCHES : IMPORT_BATCH;
    batches.push(drafts.slice(start, start + size));
    start += size;
  }
  const toJson = (batch: NewQuestion[]) => JSON.stringify(batch.map((q) => ({ ...toQuestionRow(q.content), sources: q.sources })));
  let work = meanwhile;
  let rows = batches.length > 0 ? toJson(batches[0]) : '';
  for (let index = 0; index < batches.length; index++) {
    const statement = insertNewQuestionRows(db, ids.organizationId, ids.userId, ids.importId, rows);
    statement.catch(() => undefined); // awaited below, after Node's work
    // TypeORM hands a statement to pg a few promise steps later: without this turn it would wait for
    // Node's work below.
    await nextTurn();
    if (index + 1 < batches.length) rows = toJson(batches[index + 1]);
    // The second statement, the big one, runs while Node runs `meanwhile` (or the first, when it is the only one).
    if (work && index === Math.min(1, batches.length - 1)) {
      work();
      work = undefined;
    }
    const rowsInserted = await statement;
    for (const row of rowsInserted) inserted.ids.set(row.fingerprint, row.id);
    inserted.sourcesAdded += rowsInserted[0]?.sourcesAdded ?? 0;
  }
  work?.();
  return inserted;
}
