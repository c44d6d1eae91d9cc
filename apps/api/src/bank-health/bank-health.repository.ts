import { execute, rows, sql, type Queryable } from '../common/database/typed-sql';
import { questionFromJson, toQuestionRecord, type QuestionRecord } from '../questions/questions.repository';
import type {
  ICountMissingRubricSqlQuery,
  IDismissPairSqlQuery,
  ISelectMissingRubricQuery,
  ISelectPossibleDuplicatesQuery,
  ISelectProtectedQuery,
} from './bank-health.repository.types';

const countMissingRubricSql = sql<ICountMissingRubricSqlQuery>`
  SELECT count(*)::int AS "count!" FROM questions WHERE organization_id = $organizationId! AND status = 'ACTIVE' AND NOT has_look_for AND NOT has_red_flags`;

export async function countMissingRubric(db: Queryable, organizationId: string): Promise<number> {
  const [row] = await rows(db, countMissingRubricSql, { organizationId });
  return row.count;
}

const selectMissingRubric = sql<ISelectMissingRubricQuery>`
  SELECT q.id, q.status, q.version, q.current_revision AS "currentRevision", q.prompt, q.type,
         q.difficulty, q.competencies, q.tags, q.category, q.has_look_for AS "hasLookFor",
         q.has_red_flags AS "hasRedFlags", q.protected_findings AS "protectedFindings",
         q.created_at AS "createdAt", q.updated_at AS "updatedAt", q.label
    FROM questions q
   WHERE q.organization_id = $organizationId! AND q.status = 'ACTIVE' AND NOT q.has_look_for AND NOT q.has_red_flags
   ORDER BY q.updated_at DESC, q.id LIMIT 100`;

/** The 100 most recently changed active questions without Look-for or Red-flag points. */
export async function missingRubric(db: Queryable, organizationId: string): Promise<QuestionRecord[]> {
  return (await rows(db, selectMissingRubric, { organizationId })).map(toQuestionRecord);
}

const selectProtected = sql<ISelectProtectedQuery>`
  SELECT q.id, q.status, q.version, q.current_revision AS "currentRevision", q.prompt, q.type,
         q.difficulty, q.competencies, q.tags, q.category, q.has_look_for AS "hasLookFor",
         q.has_red_flags AS "hasRedFlags", q.protected_findings AS "protectedFindings",
         q.created_at AS "createdAt", q.updated_at AS "updatedAt", q.label
    FROM questions q
   WHERE q.organization_id = $organizationId! AND q.status = 'ACTIVE' AND q.protected_findings <> '[]'::jsonb
   ORDER BY q.updated_at DESC, q.id`;

/** Active questions that touch a protected characteristic. */
export async function protectedCharacteristics(db: Queryable, organizationId: string): Promise<QuestionRecord[]> {
  return (await rows(db, selectProtected, { organizationId })).map(toQuestionRecord);
}

const selectPossibleDuplicates = sql<ISelectPossibleDuplicatesQuery>`
  SELECT s.score, to_jsonb(a) AS "a!", to_jsonb(b) AS "b!"
    FROM question_duplicate_suggestions s
    JOIN LATERAL (SELECT q.id, q.status, q.version, q.current_revision AS "currentRevision", q.prompt, q.type,
                         q.difficulty, q.competencies, q.tags, q.category, q.has_look_for AS "hasLookFor",
                         q.has_red_flags AS "hasRedFlags", q.protected_findings AS "protectedFindings",
                         q.created_at AS "createdAt", q.updated_at AS "updatedAt", q.label
                    FROM questions q WHERE q.id = s.question_a) a ON true
    JOIN LATERAL (SELECT q.id, q.status, q.version, q.current_revision AS "currentRevision", q.prompt, q.type,
                         q.difficulty, q.competencies, q.tags, q.category, q.has_look_for AS "hasLookFor",
                         q.has_red_flags AS "hasRedFlags", q.protected_findings AS "protectedFindings",
                         q.created_at AS "createdAt", q.updated_at AS "updatedAt", q.label
                    FROM questions q WHERE q.id = s.question_b) b ON true
   WHERE s.organization_id = $organizationId! AND s.dismissed_at IS NULL AND a.status = 'ACTIVE' AND b.status = 'ACTIVE'
   ORDER BY s.score DESC LIMIT 200`;

/** Undismissed pairs of active questions, most similar first. */
export async function possibleDuplicates(
  db: Queryable,
  organizationId: string,
): Promise<Array<{ score: number; a: QuestionRecord; b: QuestionRecord }>> {
  const pairs = await rows(db, selectPossibleDuplicates, { organizationId });
  return pairs.map((pair) => ({ score: pair.score, a: questionFromJson(pair.a), b: questionFromJson(pair.b) }));
}

/** `questionA` < `questionB`. 0 rows when there is no such undismissed pair. */
const dismissPairSql = sql<IDismissPairSqlQuery>`
  UPDATE question_duplicate_suggestions SET dismissed_at = now()
   WHERE organization_id = $organizationId! AND question_a = $questionA! AND question_b = $questionB! AND dismissed_at IS NULL`;

export function dismissPair(db: Queryable, organizationId: string, questionA: string, questionB: string): Promise<number> {
  return execute(db, dismissPairSql, { organizationId, questionA, questionB });
}
