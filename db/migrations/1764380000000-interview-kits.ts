import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interview kits: ordered sections per competency holding ordered questions, each pinned to the
 * question revision that was added, with planned minutes, a rating scale and competency weights.
 */
export class InterviewKits1764380000000 implements MigrationInterface {
  name = 'InterviewKits1764380000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE kit_status AS ENUM ('ACTIVE', 'ARCHIVED')`);
    await db.query(`
      CREATE TABLE kits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        role_name text NOT NULL CHECK (char_length(role_name) BETWEEN 1 AND 120),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
        interview_minutes integer NOT NULL CHECK (interview_minutes BETWEEN 5 AND 480),
        notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 5000),
        rating_scale jsonb NOT NULL CHECK (jsonb_array_length(rating_scale) BETWEEN 3 AND 5),
        competency_weights jsonb NOT NULL DEFAULT '[]',
        status kit_status NOT NULL DEFAULT 'ACTIVE',
        version integer NOT NULL DEFAULT 1,
        cloned_from uuid REFERENCES kits (id) ON DELETE SET NULL,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX kits_org_idx ON kits (organization_id, status, updated_at DESC)`);
    await db.query(`
      CREATE TABLE kit_sections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kit_id uuid NOT NULL REFERENCES kits (id) ON DELETE CASCADE,
        position integer NOT NULL,
        competency text NOT NULL CHECK (char_length(competency) BETWEEN 1 AND 60),
        title text NOT NULL DEFAULT '' CHECK (char_length(title) <= 120),
        UNIQUE (kit_id, position)
      )`);
    await db.query(`
      CREATE TABLE kit_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kit_id uuid NOT NULL REFERENCES kits (id) ON DELETE CASCADE,
        section_id uuid NOT NULL REFERENCES kit_sections (id) ON DELETE CASCADE,
        position integer NOT NULL,
        question_id uuid NOT NULL REFERENCES questions (id),
        question_revision_id uuid NOT NULL REFERENCES question_revisions (id),
        planned_minutes integer NOT NULL CHECK (planned_minutes BETWEEN 0 AND 120),
        UNIQUE (section_id, position),
        UNIQUE (kit_id, question_id)
      )`);
    await db.query(`CREATE INDEX kit_questions_question_idx ON kit_questions (question_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE kit_questions`);
    await db.query(`DROP TABLE kit_sections`);
    await db.query(`DROP TABLE kits`);
    await db.query(`DROP TYPE kit_status`);
  }
}
