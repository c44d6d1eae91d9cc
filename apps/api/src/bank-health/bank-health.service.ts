import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { QUESTION_SELECT, type QuestionRecord } from '../questions/question-rows';
import type { BankHealthDto } from './bank-health.dto';

/** Four statements whatever the bank's size: counts, lists and duplicate pairs with their questions. */
@Injectable()
export class BankHealthService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async health(organizationId: string): Promise<BankHealthDto> {
    const [[{ count }], missingRubric, protectedCharacteristics, pairs] = await Promise.all([
      this.db.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM questions WHERE organization_id = $1 AND status = 'ACTIVE' AND NOT has_look_for AND NOT has_red_flags`,
        [organizationId],
      ),
      this.db.query<QuestionRecord[]>(
        `SELECT ${QUESTION_SELECT('q')} FROM questions q
          WHERE q.organization_id = $1 AND q.status = 'ACTIVE' AND NOT q.has_look_for AND NOT q.has_red_flags
          ORDER BY q.updated_at DESC, q.id LIMIT 100`,
        [organizationId],
      ),
      this.db.query<QuestionRecord[]>(
        `SELECT ${QUESTION_SELECT('q')} FROM questions q
          WHERE q.organization_id = $1 AND q.status = 'ACTIVE' AND q.protected_findings <> '[]'::jsonb
          ORDER BY q.updated_at DESC, q.id`,
        [organizationId],
      ),
      this.db.query<Array<{ score: number; a: QuestionRecord; b: QuestionRecord }>>(
        `SELECT s.score, to_jsonb(a) AS a, to_jsonb(b) AS b
           FROM question_duplicate_suggestions s
           JOIN LATERAL (SELECT ${QUESTION_SELECT('q')} FROM questions q WHERE q.id = s.question_a) a ON true
           JOIN LATERAL (SELECT ${QUESTION_SELECT('q')} FROM questions q WHERE q.id = s.question_b) b ON true
          WHERE s.organization_id = $1 AND s.dismissed_at IS NULL AND a.status = 'ACTIVE' AND b.status = 'ACTIVE'
          ORDER BY s.score DESC LIMIT 200`,
        [organizationId],
      ),
    ]);
    const withDates = (q: QuestionRecord): QuestionRecord => ({ ...q, createdAt: new Date(q.createdAt), updatedAt: new Date(q.updatedAt) });
    return {
      missingRubricCount: count,
      missingRubric,
      protectedCharacteristics,
      possibleDuplicates: pairs.map((pair) => ({ score: pair.score, a: withDates(pair.a), b: withDates(pair.b) })),
    };
  }

  /** A person judged the pair distinct: it leaves the list for good. */
  async dismiss(organizationId: string, questionA: string, questionB: string): Promise<boolean> {
    const [a, b] = questionA < questionB ? [questionA, questionB] : [questionB, questionA];
    const [, affected] = await this.db.query<[unknown[], number]>(
      `UPDATE question_duplicate_suggestions SET dismissed_at = now()
        WHERE organization_id = $1 AND question_a = $2 AND question_b = $3 AND dismissed_at IS NULL`,
      [organizationId, a, b],
    );
    if (affected === 0) throw AppError.notFound('That duplicate suggestion', 'questionA');
    return true;
  }
}
