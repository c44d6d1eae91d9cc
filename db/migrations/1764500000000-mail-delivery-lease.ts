import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A message being sent is claimed for a while (a lease) instead of locked in a transaction held open
 * across the SMTP conversation: a slow or silent mail server used to keep one database connection per
 * message busy for up to its timeouts, which a burst of mail could take from the API's requests.
 */
export class MailDeliveryLease1764500000000 implements MigrationInterface {
  name = 'MailDeliveryLease1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE mail_outbox ADD COLUMN claimed_until timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE mail_outbox DROP COLUMN claimed_until`);
  }
}
