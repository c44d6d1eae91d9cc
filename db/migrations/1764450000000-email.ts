import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email: an outbox that is also the delivery log, and each person's choice of reminders and digest.
 *
 * A message is written to `mail_outbox` in the same transaction as what caused it (an invitation, a
 * password reset, an interview), then delivered by a retried job. `dedupe_key` makes scheduled mail
 * idempotent however many instances run the schedule: one reminder per scorecard per day
 * ("reminder:<scorecard>:<date>"), one digest per person per organization per day. Once sent, the
 * bodies (which may hold one-time links) are cleared; who, what kind and when stay as the log.
 */
export class Email1764450000000 implements MigrationInterface {
  name = 'Email1764450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE mail_kind AS ENUM ('INVITATION', 'PASSWORD_RESET', 'INTERVIEW_ASSIGNED', 'SCORECARD_REMINDER', 'DIGEST')`);
    await db.query(`CREATE TYPE mail_status AS ENUM ('PENDING', 'SENT', 'FAILED')`);
    await db.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        recipient_id uuid REFERENCES users (id) ON DELETE CASCADE,
        kind mail_kind NOT NULL,
        to_address text NOT NULL CHECK (char_length(to_address) BETWEEN 3 AND 320),
        subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 300),
        text_body text,
        html_body text,
        calendar text,
        dedupe_key text UNIQUE,
        status mail_status NOT NULL DEFAULT 'PENDING',
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        sent_at timestamptz,
        CHECK (status <> 'SENT' OR sent_at IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX mail_outbox_pending_idx ON mail_outbox (created_at) WHERE status = 'PENDING'`);
    await db.query(`CREATE INDEX mail_outbox_organization_idx ON mail_outbox (organization_id, created_at DESC)`);
    await db.query(`
      ALTER TABLE users
        ADD COLUMN scorecard_reminders boolean NOT NULL DEFAULT true,
        ADD COLUMN daily_digest boolean NOT NULL DEFAULT true`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP COLUMN scorecard_reminders, DROP COLUMN daily_digest`);
    await db.query(`DROP TABLE mail_outbox`);
    await db.query(`DROP TYPE mail_status`);
    await db.query(`DROP TYPE mail_kind`);
  }
}
