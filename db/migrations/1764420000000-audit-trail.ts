import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: who did what to what, when, from where — written in the same transaction as the
 * change it records. Append-only: a trigger refuses updates and deletes, except the retention prune
 * and a candidate's erasure, which say so for their own transaction (`panelist.audit_maintenance`),
 * and cascades when a whole organization goes.
 */
export class AuditTrail1764420000000 implements MigrationInterface {
  name = 'AuditTrail1764420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        actor_label text NOT NULL DEFAULT '' CHECK (char_length(actor_label) <= 300),
        action text NOT NULL CHECK (action ~ '^[a-z_]+\\.[a-z_]+$'),
        target_type text CHECK (char_length(target_type) <= 60),
        target_id text CHECK (char_length(target_id) <= 100),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        request_id text CHECK (char_length(request_id) <= 100),
        ip_address text CHECK (char_length(ip_address) <= 100),
        details jsonb NOT NULL DEFAULT '{}' CHECK (pg_column_size(details) <= 8192)
      )`);
    await db.query(`CREATE INDEX audit_events_organization_idx ON audit_events (organization_id, occurred_at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_events_target_idx ON audit_events (organization_id, target_type, target_id)`);
    await db.query(`CREATE INDEX audit_events_actor_idx ON audit_events (organization_id, actor_id, occurred_at DESC)`);
    await db.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF pg_trigger_depth() > 1 OR current_setting('panelist.audit_maintenance', true) = 'on' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        RAISE EXCEPTION 'audit_events is an append-only audit trail';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await db.query(`
      ALTER TABLE organizations
        ADD COLUMN audit_retention_days integer NOT NULL DEFAULT 730 CHECK (audit_retention_days BETWEEN 30 AND 3650)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE organizations DROP COLUMN audit_retention_days`);
    await db.query(`DROP TABLE audit_events`);
    await db.query(`DROP FUNCTION audit_events_append_only`);
  }
}
