import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The question bank: questions with append-only revisions, the file items they came from, imports
 * (previewed, then committed once), and near-duplicate suggestions for the bank-health page.
 * `questions` carries the current revision's searchable fields so search and filters read one table.
 */
export class QuestionBank1764370000000 implements MigrationInterface {
  name = 'QuestionBank1764370000000';

  async up(db: QueryRunner): Promise<void> {
    // What a question is found by: its prompt (A), what it is about (B) and what a good answer must
    // show or avoid (C). Reference answers are left out: long, and they match on incidental words.
    await db.query(`
      CREATE FUNCTION question_search_document(prompt text, tags text[], competencies text[], look_for text[], red_flags text[])
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('english', coalesce(prompt, '')), 'A')
            || setweight(to_tsvector('english', array_to_string(tags || competencies, ' ')), 'B')
            || setweight(to_tsvector('english', array_to_string(look_for || red_flags, ' ')), 'C')
      $$`);
    await db.query(`CREATE TYPE question_type AS ENUM ('behavioural', 'situational', 'technical', 'system-design', 'coding', 'career')`);
    await db.query(`CREATE TYPE question_difficulty AS ENUM ('junior', 'mid', 'senior')`);
    await db.query(`CREATE TYPE question_status AS ENUM ('ACTIVE', 'ARCHIVED')`);
    await db.query(`CREATE TYPE bank_import_status AS ENUM ('PREVIEW', 'COMMITTED', 'DISCARDED')`);

    await db.query(`
      CREATE TABLE bank_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
        format text NOT NULL,
        content_sha256 text NOT NULL,
        status bank_import_status NOT NULL DEFAULT 'PREVIEW',
        plan jsonb NOT NULL,
        result jsonb,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        committed_at timestamptz
      )`);
    await db.query(`CREATE INDEX bank_imports_org_idx ON bank_imports (organization_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        fingerprint text NOT NULL,
        status question_status NOT NULL DEFAULT 'ACTIVE',
        current_revision integer NOT NULL DEFAULT 1,
        version integer NOT NULL DEFAULT 1,
        prompt text NOT NULL,
        type question_type NOT NULL,
        difficulty question_difficulty NOT NULL,
        competencies text[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        category text[] NOT NULL DEFAULT '{}',
        has_look_for boolean NOT NULL DEFAULT false,
        has_red_flags boolean NOT NULL DEFAULT false,
        protected_findings jsonb NOT NULL DEFAULT '[]',
        search_document tsvector NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organization_id, fingerprint)
      )`);
    await db.query(`CREATE INDEX questions_search_idx ON questions USING gin (search_document)`);
    await db.query(`CREATE INDEX questions_tags_idx ON questions USING gin (tags)`);
    await db.query(`CREATE INDEX questions_competencies_idx ON questions USING gin (competencies)`);
    await db.query(`CREATE INDEX questions_browse_idx ON questions (organization_id, status, updated_at DESC, id)`);

    await db.query(`
      CREATE TABLE question_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        -- the question's organization, kept for tenant-scoped reads; the question's cascade covers deletes
        organization_id uuid NOT NULL,
        revision integer NOT NULL,
        prompt text NOT NULL,
        code text,
        category text[] NOT NULL DEFAULT '{}',
        follow_ups text[] NOT NULL DEFAULT '{}',
        reference_answer text,
        look_for text[] NOT NULL DEFAULT '{}',
        red_flags text[] NOT NULL DEFAULT '{}',
        what_to_expect text,
        interviewer_guidance text,
        sample_answer text,
        type question_type NOT NULL,
        difficulty question_difficulty NOT NULL,
        competencies text[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        classification jsonb NOT NULL,
        change_note text,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (question_id, revision)
      )`);

    await db.query(`
      CREATE TABLE question_sources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        import_id uuid REFERENCES bank_imports (id) ON DELETE SET NULL,
        file text NOT NULL,
        item integer,
        line integer,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX question_sources_once ON question_sources (question_id, file, coalesce(item, -1), coalesce(line, -1))`,
    );

    await db.query(`
      CREATE TABLE question_duplicate_suggestions (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        question_a uuid NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        question_b uuid NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        score real NOT NULL,
        dismissed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (question_a, question_b),
        CHECK (question_a < question_b)
      )`);
    await db.query(`CREATE INDEX question_duplicate_suggestions_org_idx ON question_duplicate_suggestions (organization_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE question_duplicate_suggestions`);
    await db.query(`DROP TABLE question_sources`);
    await db.query(`DROP TABLE question_revisions`);
    await db.query(`DROP TABLE questions`);
    await db.query(`DROP TABLE bank_imports`);
    await db.query(`DROP TYPE bank_import_status`);
    await db.query(`DROP TYPE question_status`);
    await db.query(`DROP TYPE question_difficulty`);
    await db.query(`DROP TYPE question_type`);
    await db.query(`DROP FUNCTION question_search_document`);
  }
}
