import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidates' data rights: erasure and retention.
 *
 * Erasing a candidate keeps every number (ratings, recommendations, statuses, dates, decision
 * outcomes) and blanks every free text written about them. Three tables are append-only, and keep
 * that guarantee: their triggers allow exactly one kind of UPDATE — free-text columns set to '' —
 * and only in a transaction that names the candidate being erased, in its own scope:
 *   SELECT set_config('panelist.erasure', '<candidate id>', true)   -- i.e. SET LOCAL
 * Everything else (any other column, any other candidate's rows, any other value) is still refused.
 * The audit prune keeps its DELETE path (`panelist.audit_maintenance`), and only that.
 *
 * Candidates have no search vector (search matches name and email directly), so the tombstone is
 * what search sees; the questions' search documents hold nothing about candidates.
 */
export class CandidateDataRights1764430000000 implements MigrationInterface {
  name = 'CandidateDataRights1764430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidates ADD COLUMN erased_at timestamptz`);
    // Off (null) by default: keeping or erasing after a decision is each organization's policy.
    await db.query(
      `ALTER TABLE organizations ADD COLUMN candidate_retention_months integer CHECK (candidate_retention_months BETWEEN 1 AND 120)`,
    );

    // '' is what erasure leaves; the API still requires a real reason and rationale when writing one.
    await db.query(`ALTER TABLE scorecard_revisions DROP CONSTRAINT scorecard_revisions_reason_check,
      ADD CONSTRAINT scorecard_revisions_reason_check CHECK (char_length(reason) BETWEEN 1 AND 2000 OR reason = '')`);
    await db.query(`ALTER TABLE hiring_decisions DROP CONSTRAINT hiring_decisions_rationale_check,
      ADD CONSTRAINT hiring_decisions_rationale_check CHECK (char_length(rationale) BETWEEN 10 AND 5000 OR rationale = '')`);

    await db.query(`
      CREATE FUNCTION candidate_being_erased() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN s ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN s::uuid END
          FROM (SELECT current_setting('panelist.erasure', true) AS s) setting
      $$`);
    // A revision's content with its notes and summary blanked; ratings and recommendation untouched.
    await db.query(`
      CREATE FUNCTION scorecard_content_without_text(content jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN jsonb_typeof(content) <> 'object' THEN content ELSE
          content
          || CASE WHEN content ? 'summary' THEN '{"summary": ""}'::jsonb ELSE '{}'::jsonb END
          || CASE WHEN jsonb_typeof(content->'answers') = 'array' THEN jsonb_build_object('answers',
               (SELECT coalesce(jsonb_agg(CASE WHEN jsonb_typeof(a) = 'object' AND a ? 'notes' THEN a || '{"notes": ""}'::jsonb ELSE a END ORDER BY n), '[]'::jsonb)
                  FROM jsonb_array_elements(content->'answers') WITH ORDINALITY AS x(a, n)))
             ELSE '{}'::jsonb END
        END
      $$`);
    // Same keys, and every value that changed became "".
    await db.query(`
      CREATE FUNCTION jsonb_values_only_blanked(before jsonb, after jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT jsonb_typeof(before) = 'object' AND jsonb_typeof(after) = 'object' AND NOT EXISTS (
          SELECT 1 FROM jsonb_each(before) b FULL JOIN jsonb_each(after) a ON a.key = b.key
           WHERE b.key IS NULL OR a.key IS NULL OR (a.value <> b.value AND a.value <> '""'::jsonb))
      $$`);

    await db.query(`
      CREATE OR REPLACE FUNCTION scorecard_revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
          RETURN OLD; -- the cascade of erasing a whole organization
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.reason = '' AND NEW.content = scorecard_content_without_text(OLD.content)
           AND to_jsonb(NEW) - 'reason' - 'content' = to_jsonb(OLD) - 'reason' - 'content'
           AND candidate_being_erased() = (SELECT candidate_id FROM scorecards WHERE id = OLD.scorecard_id) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'scorecard_revisions is append-only';
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION hiring_decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
          RETURN OLD;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.rationale = '' AND to_jsonb(NEW) - 'rationale' = to_jsonb(OLD) - 'rationale'
           AND candidate_being_erased() = (SELECT candidate_id FROM interview_loops WHERE id = OLD.loop_id) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'hiring_decisions is an append-only audit trail';
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF pg_trigger_depth() > 1 THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; -- cascades: an organization or an actor's account removed
        END IF;
        IF TG_OP = 'DELETE' AND current_setting('panelist.audit_maintenance', true) = 'on' THEN
          RETURN OLD; -- the retention prune
        END IF;
        IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'details' = to_jsonb(OLD) - 'details' AND jsonb_values_only_blanked(OLD.details, NEW.details)
           AND EXISTS (SELECT 1 FROM candidates WHERE id = candidate_being_erased() AND organization_id = OLD.organization_id) THEN
          RETURN NEW; -- values naming the candidate being erased
        END IF;
        RAISE EXCEPTION 'audit_events is an append-only audit trail';
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF pg_trigger_depth() > 1 OR current_setting('panelist.audit_maintenance', true) = 'on' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        RAISE EXCEPTION 'audit_events is an append-only audit trail';
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION hiring_decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' OR pg_trigger_depth() = 1 THEN
          RAISE EXCEPTION 'hiring_decisions is an append-only audit trail';
        END IF;
        RETURN OLD;
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION scorecard_revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' OR pg_trigger_depth() = 1 THEN
          RAISE EXCEPTION 'scorecard_revisions is append-only';
        END IF;
        RETURN OLD;
      END $$`);
    await db.query(`DROP FUNCTION jsonb_values_only_blanked`);
    await db.query(`DROP FUNCTION scorecard_content_without_text`);
    await db.query(`DROP FUNCTION candidate_being_erased`);
    // Erased rows keep '', which the original checks refuse: they are checked from here on only.
    await db.query(`ALTER TABLE hiring_decisions DROP CONSTRAINT hiring_decisions_rationale_check,
      ADD CONSTRAINT hiring_decisions_rationale_check CHECK (char_length(rationale) BETWEEN 10 AND 5000) NOT VALID`);
    await db.query(`ALTER TABLE scorecard_revisions DROP CONSTRAINT scorecard_revisions_reason_check,
      ADD CONSTRAINT scorecard_revisions_reason_check CHECK (char_length(reason) BETWEEN 1 AND 2000) NOT VALID`);
    await db.query(`ALTER TABLE organizations DROP COLUMN candidate_retention_months`);
    await db.query(`ALTER TABLE candidates DROP COLUMN erased_at`);
  }
}
