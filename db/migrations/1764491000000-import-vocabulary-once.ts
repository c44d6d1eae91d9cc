import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bulk import keeps the search vocabulary (question_words, migration forgiving-search) once, not per
 * statement: its INSERT statements each ran the vocabulary trigger, which tokenised the batch and upserted
 * the same common words again and again (a seventh of an import's database time). While the
 * transaction-local setting `panelist.question_words` is 'deferred', the INSERT trigger leaves the
 * vocabulary alone; question_words_add_questions(ids) then adds the words of the questions inserted
 * meanwhile in one statement and ends the deferral. Updates and deletes are always tracked by the trigger.
 */
export class ImportVocabularyOnce1764491000000 implements MigrationInterface {
  name = 'ImportVocabularyOnce1764491000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION question_words_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          -- A bulk import adds its questions' words at its end (question_words_add_questions).
          IF current_setting('panelist.question_words', true) = 'deferred' THEN RETURN NULL; END IF;
          PERFORM question_words_apply(ARRAY(
            SELECT ROW(r.organization_id, w, count(*))::question_word_delta
              FROM question_words_new r, question_words_of(r.prompt, r.tags, r.competencies) AS w GROUP BY r.organization_id, w));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM question_words_apply(ARRAY(
            SELECT ROW(r.organization_id, w, -count(*))::question_word_delta
              FROM question_words_old r, question_words_of(r.prompt, r.tags, r.competencies) AS w GROUP BY r.organization_id, w));
        ELSE
          PERFORM question_words_apply(ARRAY(
            SELECT ROW(c.organization_id, c.w, sum(c.n))::question_word_delta FROM (
              SELECT r.organization_id, w, 1 AS n FROM question_words_new r, question_words_of(r.prompt, r.tags, r.competencies) AS w
              UNION ALL
              SELECT r.organization_id, w, -1 FROM question_words_old r, question_words_of(r.prompt, r.tags, r.competencies) AS w
            ) AS c GROUP BY c.organization_id, c.w));
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION question_words_add_questions(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM set_config('panelist.question_words', '', true);
        PERFORM question_words_apply(ARRAY(
          SELECT ROW(q.organization_id, w, count(*))::question_word_delta
            FROM questions q, question_words_of(q.prompt, q.tags, q.competencies) AS w
           WHERE q.id = ANY(ids) GROUP BY q.organization_id, w));
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION question_words_add_questions`);
    await db.query(`
      CREATE OR REPLACE FUNCTION question_words_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM question_words_apply(ARRAY(
            SELECT ROW(r.organization_id, w, count(*))::question_word_delta
              FROM question_words_new r, question_words_of(r.prompt, r.tags, r.competencies) AS w GROUP BY r.organization_id, w));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM question_words_apply(ARRAY(
            SELECT ROW(r.organization_id, w, -count(*))::question_word_delta
              FROM question_words_old r, question_words_of(r.prompt, r.tags, r.competencies) AS w GROUP BY r.organization_id, w));
        ELSE
          PERFORM question_words_apply(ARRAY(
            SELECT ROW(c.organization_id, c.w, sum(c.n))::question_word_delta FROM (
              SELECT r.organization_id, w, 1 AS n FROM question_words_new r, question_words_of(r.prompt, r.tags, r.competencies) AS w
              UNION ALL
              SELECT r.organization_id, w, -1 FROM question_words_old r, question_words_of(r.prompt, r.tags, r.competencies) AS w
            ) AS c GROUP BY c.organization_id, c.w));
        END IF;
        RETURN NULL;
      END $$`);
  }
}
