import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Jobs with their interview rounds, candidates, interview loops, interviews (each holding a snapshot
 * of the kit as scheduled, so later kit edits never change what was asked) and scorecards with an
 * append-only revision history.
 */
export class InterviewLoops1764390000000 implements MigrationInterface {
  name = 'InterviewLoops1764390000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE job_status AS ENUM ('OPEN', 'CLOSED')`);
    await db.query(`
      CREATE TABLE jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
        team text NOT NULL DEFAULT '' CHECK (char_length(team) <= 120),
        hiring_manager_id uuid NOT NULL REFERENCES users (id),
        status job_status NOT NULL DEFAULT 'OPEN',
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX jobs_org_idx ON jobs (organization_id, status, updated_at DESC)`);
    await db.query(`
      CREATE TABLE job_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
        kit_id uuid NOT NULL REFERENCES kits (id),
        UNIQUE (job_id, position)
      )`);
    await db.query(`
      CREATE TABLE candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 320),
        links text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX candidates_email_idx ON candidates (organization_id, lower(email))`);
    await db.query(`
      CREATE TABLE interview_loops (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        job_id uuid NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (job_id, candidate_id)
      )`);
    await db.query(`CREATE INDEX interview_loops_candidate_idx ON interview_loops (candidate_id)`);
    await db.query(`
      CREATE TABLE interviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        loop_id uuid NOT NULL REFERENCES interview_loops (id) ON DELETE CASCADE,
        round_id uuid REFERENCES job_rounds (id) ON DELETE SET NULL,
        kit_id uuid REFERENCES kits (id) ON DELETE SET NULL,
        kit_snapshot jsonb NOT NULL,
        scheduled_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX interviews_loop_idx ON interviews (loop_id, scheduled_at)`);
    await db.query(`CREATE TYPE scorecard_status AS ENUM ('PENDING', 'DRAFT', 'SUBMITTED')`);
    await db.query(`CREATE TYPE recommendation AS ENUM ('STRONG_NO', 'NO', 'YES', 'STRONG_YES')`);
    await db.query(`
      CREATE TABLE scorecards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        interview_id uuid NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        interviewer_id uuid NOT NULL REFERENCES users (id),
        status scorecard_status NOT NULL DEFAULT 'PENDING',
        version integer NOT NULL DEFAULT 1,
        revision integer NOT NULL DEFAULT 0,
        recommendation recommendation,
        summary text NOT NULL DEFAULT '' CHECK (char_length(summary) <= 20000),
        started_at timestamptz,
        submitted_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (interview_id, interviewer_id),
        CHECK (status <> 'SUBMITTED' OR (recommendation IS NOT NULL AND submitted_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX scorecards_candidate_idx ON scorecards (candidate_id, interviewer_id)`);
    await db.query(`CREATE INDEX scorecards_interviewer_idx ON scorecards (interviewer_id, status)`);
    await db.query(`
      CREATE TABLE scorecard_answers (
        scorecard_id uuid NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
        question_id uuid NOT NULL,
        rating smallint CHECK (rating BETWEEN 1 AND 5),
        not_asked boolean NOT NULL DEFAULT false,
        notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 20000),
        PRIMARY KEY (scorecard_id, question_id),
        CHECK (NOT (not_asked AND rating IS NOT NULL))
      )`);
    await db.query(`
      CREATE TABLE scorecard_competency_ratings (
        scorecard_id uuid NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
        competency text NOT NULL,
        rating smallint CHECK (rating BETWEEN 1 AND 5),
        PRIMARY KEY (scorecard_id, competency)
      )`);
    await db.query(`
      CREATE TABLE scorecard_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scorecard_id uuid NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
        revision integer NOT NULL,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 2000),
        content jsonb NOT NULL,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (scorecard_id, revision)
      )`);
    // History is append-only; only erasing a candidate or organization (a cascade) may remove it.
    await db.query(`
      CREATE FUNCTION scorecard_revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' OR pg_trigger_depth() = 1 THEN
          RAISE EXCEPTION 'scorecard_revisions is append-only';
        END IF;
        RETURN OLD;
      END $$`);
    await db.query(`
      CREATE TRIGGER scorecard_revisions_append_only BEFORE UPDATE OR DELETE ON scorecard_revisions
      FOR EACH ROW EXECUTE FUNCTION scorecard_revisions_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'scorecard_revisions',
      'scorecard_competency_ratings',
      'scorecard_answers',
      'scorecards',
      'interviews',
      'interview_loops',
      'candidates',
      'job_rounds',
      'jobs',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION scorecard_revisions_append_only`);
    for (const type of ['recommendation', 'scorecard_status', 'job_status']) await db.query(`DROP TYPE ${type}`);
  }
}
