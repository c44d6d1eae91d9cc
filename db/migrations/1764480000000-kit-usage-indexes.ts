import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a kit is used (a job round or an interview references it) decides if it may be deleted; the
 * kits list asks it of every kit, and deleting a kit checks both references. Indexes keep both lookups.
 */
export class KitUsageIndexes1764480000000 implements MigrationInterface {
  name = 'KitUsageIndexes1764480000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX job_rounds_kit_idx ON job_rounds (kit_id)`);
    await db.query(`CREATE INDEX interviews_kit_idx ON interviews (kit_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX interviews_kit_idx`);
    await db.query(`DROP INDEX job_rounds_kit_idx`);
  }
}
