import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hiring decisions, one row per decision a hiring manager records for a candidate's loop. The table
 * is the audit trail: rows are never updated or deleted (the newest row is the current decision),
 * except when a candidate or organization is erased as a whole.
 */
export class HiringDecisions1764400000000 implements MigrationInterface {
  name = 'HiringDecisions1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE hiring_decision AS ENUM ('HIRE', 'NO_HIRE', 'HOLD')`);
    await db.query(`
      CREATE TABLE hiring_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        loop_id uuid NOT NULL REFERENCES interview_loops (id) ON DELETE CASCADE,
        decision hiring_decision NOT NULL,
        rationale text NOT NULL CHECK (char_length(rationale) BETWEEN 10 AND 5000),
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decided_by_name text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX hiring_decisions_loop_idx ON hiring_decisions (loop_id, decided_at DESC)`);
    await db.query(`
      CREATE FUNCTION hiring_decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' OR pg_trigger_depth() = 1 THEN
          RAISE EXCEPTION 'hiring_decisions is an append-only audit trail';
        END IF;
        RETURN OLD;
      END $$`);
    await db.query(`
      CREATE TRIGGER hiring_decisions_append_only BEFORE UPDATE OR DELETE ON hiring_decisions
      FOR EACH ROW EXECUTE FUNCTION hiring_decisions_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE hiring_decisions`);
    await db.query(`DROP FUNCTION hiring_decisions_append_only`);
    await db.query(`DROP TYPE hiring_decision`);
  }
}
