import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A question's label: the short title a bank gives it apart from its prompt ("#### Law of Demeter" above
 * the paragraph that asks it), or one a person writes. Each revision keeps its own; `questions` carries
 * the current revision's, like its other summary columns. Null when there is none.
 */
export class QuestionLabels1764470000000 implements MigrationInterface {
  name = 'QuestionLabels1764470000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE question_revisions ADD COLUMN label text CHECK (char_length(label) BETWEEN 1 AND 200)`);
    await db.query(`ALTER TABLE questions ADD COLUMN label text CHECK (char_length(label) BETWEEN 1 AND 200)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE questions DROP COLUMN label`);
    await db.query(`ALTER TABLE question_revisions DROP COLUMN label`);
  }
}
