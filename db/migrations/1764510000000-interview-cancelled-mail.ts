import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cancelled interview (or a panelist taken off it) sends the calendar a CANCEL for the entry the
 * invitation added: a kind of email of its own.
 */
export class InterviewCancelledMail1764510000000 implements MigrationInterface {
  name = 'InterviewCancelledMail1764510000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TYPE mail_kind ADD VALUE IF NOT EXISTS 'INTERVIEW_CANCELLED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: the type is made again without it.
    await db.query(`DELETE FROM mail_outbox WHERE kind = 'INTERVIEW_CANCELLED'`);
    await db.query(`ALTER TYPE mail_kind RENAME TO mail_kind_old`);
    await db.query(`CREATE TYPE mail_kind AS ENUM ('INVITATION', 'PASSWORD_RESET', 'INTERVIEW_ASSIGNED', 'SCORECARD_REMINDER', 'DIGEST')`);
    await db.query(`ALTER TABLE mail_outbox ALTER COLUMN kind TYPE mail_kind USING kind::text::mail_kind`);
    await db.query(`DROP TYPE mail_kind_old`);
  }
}
