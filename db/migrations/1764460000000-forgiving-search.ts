import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search that forgives: a word no question contains does not empty the result, and a misspelt word
 * gets "Did you mean …?" from the organization's own words.
 *
 * question_words is each organization's vocabulary: every word of its questions' prompts, tags and
 * competencies as written (lower case, for suggestions) with its English stem (to know which search
 * terms the bank has) and how many questions use it. Statement-level triggers keep it current from the
 * changed rows (transition tables), so a bulk import updates it once per statement, not per row.
 * pg_trgm (a contrib extension shipped with PostgreSQL and with the embedded PostgreSQL) finds the
 * nearest word by trigram similarity.
 */
export class ForgivingSearch1764460000000 implements MigrationInterface {
  name = 'ForgivingSearch1764460000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE question_words (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        word text NOT NULL,
        lexeme text,
        documents integer NOT NULL CHECK (documents > 0),
        PRIMARY KEY (organization_id, word)
      )`);
    await db.query(`CREATE INDEX question_words_lexeme_idx ON question_words (organization_id, lexeme)`);
    await db.query(`CREATE INDEX question_words_trgm_idx ON question_words USING gin (word gin_trgm_ops)`);

    // The words a question is found by, as written; numbers and very long tokens are no vocabulary.
    await db.query(`
      CREATE FUNCTION question_words_of(prompt text, tags text[], competencies text[])
      RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT word FROM unnest(tsvector_to_array(to_tsvector('simple', coalesce(prompt, '') || ' ' || array_to_string(tags || competencies, ' ')))) AS word
         WHERE length(word) BETWEEN 2 AND 40 AND word !~ '^[0-9.,-]+$'
      $$`);
    await db.query(`
      CREATE FUNCTION english_lexeme(word text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT min(lexeme) FROM unnest(tsvector_to_array(to_tsvector('english', word))) AS lexeme
      $$`);

    // Applies word-count changes: adds, decrements, deletes at zero (disjoint rows, one statement).
    await db.query(`CREATE TYPE question_word_delta AS (organization_id uuid, word text, n integer)`);
    await db.query(`
      CREATE FUNCTION question_words_apply(changes question_word_delta[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- Two edits in one organization share words and would lock them in different orders (a
        -- deadlock); a transaction-scoped lock per organization, taken in a fixed order, queues them.
        PERFORM pg_advisory_xact_lock(hashtext('question_words'), hashtext(o::text))
           FROM (SELECT DISTINCT organization_id AS o FROM unnest(changes) ORDER BY 1) AS orgs;
        WITH delta AS (
          SELECT organization_id, word, sum(n)::int AS n FROM unnest(changes) GROUP BY 1, 2 HAVING sum(n) <> 0
        ), added AS (
          INSERT INTO question_words (organization_id, word, lexeme, documents)
          SELECT organization_id, word, english_lexeme(word), n FROM delta WHERE n > 0 ORDER BY 1, 2
          ON CONFLICT (organization_id, word) DO UPDATE SET documents = question_words.documents + excluded.documents
        ), decremented AS (
          UPDATE question_words w SET documents = w.documents + d.n FROM delta d
           WHERE d.n < 0 AND w.organization_id = d.organization_id AND w.word = d.word AND w.documents + d.n > 0
        )
        DELETE FROM question_words w USING delta d
         WHERE d.n < 0 AND w.organization_id = d.organization_id AND w.word = d.word AND w.documents + d.n <= 0;
      END $$`);
    // Inserted rows add their words, deleted rows take theirs away, an update does both (so only the
    // words that changed move). Each branch names only the transition tables its trigger has.
    await db.query(`
      CREATE FUNCTION question_words_track() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await db.query(`CREATE TRIGGER question_words_insert AFTER INSERT ON questions
      REFERENCING NEW TABLE AS question_words_new FOR EACH STATEMENT EXECUTE FUNCTION question_words_track()`);
    await db.query(`CREATE TRIGGER question_words_update AFTER UPDATE ON questions
      REFERENCING OLD TABLE AS question_words_old NEW TABLE AS question_words_new FOR EACH STATEMENT EXECUTE FUNCTION question_words_track()`);
    await db.query(`CREATE TRIGGER question_words_delete AFTER DELETE ON questions
      REFERENCING OLD TABLE AS question_words_old FOR EACH STATEMENT EXECUTE FUNCTION question_words_track()`);
    await db.query(`
      INSERT INTO question_words (organization_id, word, lexeme, documents)
      SELECT organization_id, word, english_lexeme(word), count(*)::int
        FROM questions, question_words_of(prompt, tags, competencies) AS word GROUP BY 1, 2`);

    // The search's query: as written when it uses operators (OR, -word, "phrase") or every term is in
    // the bank; otherwise without the terms no question of the organization has, all of the rest when
    // some question has them all, else any of them (ranking puts the questions with most terms first).
    await db.query(`
      CREATE FUNCTION question_search_query(org uuid, wanted question_status, search text)
      RETURNS tsquery LANGUAGE plpgsql STABLE STRICT AS $$
      DECLARE
        typed tsquery := websearch_to_tsquery('english', search);
        terms text[] := tsvector_to_array(to_tsvector('english', search));
        known text[];
        every_term tsquery;
      BEGIN
        IF typed::text ~ '[|!<]' THEN RETURN typed; END IF;
        SELECT array_agg(t ORDER BY t) INTO known FROM unnest(terms) AS t
         WHERE EXISTS (SELECT 1 FROM question_words w WHERE w.organization_id = org AND w.lexeme = t);
        IF known IS NULL THEN RETURN typed; END IF;
        every_term := array_to_string(ARRAY(SELECT '''' || replace(k, '''', '''''') || '''' FROM unnest(known) AS k), ' & ')::tsquery;
        -- A count, not EXISTS: EXISTS plans for a fast first row and walks the organization's questions
        -- when the words never meet (300 ms at 100k); the count always takes the GIN index.
        IF cardinality(known) = 1 OR (
          SELECT count(*) FROM questions q WHERE q.organization_id = org AND q.status = wanted AND q.search_document @@ every_term
        ) > 0 THEN
          RETURN every_term;
        END IF;
        RETURN array_to_string(ARRAY(SELECT '''' || replace(k, '''', '''''') || '''' FROM unnest(known) AS k), ' | ')::tsquery;
      END $$`);

    // "Did you mean": the search with each word the organization's questions do not have (by spelling
    // or by stem) replaced by its most similar word of theirs; null when nothing was replaced.
    await db.query(`
      CREATE FUNCTION question_search_suggestion(org uuid, search text)
      RETURNS text LANGUAGE sql STABLE STRICT AS $$
        WITH tokens AS (
          SELECT m.ord, m.parts[1] AS token, lower(m.parts[1]) AS word
            FROM regexp_matches(search, '[[:alnum:]]+', 'g') WITH ORDINALITY AS m(parts, ord)
        ), fixed AS (
          SELECT t.ord, t.token,
                 CASE WHEN length(t.word) < 4 OR t.word ~ '[0-9]' OR english_lexeme(t.word) IS NULL
                        OR EXISTS (SELECT 1 FROM question_words w WHERE w.organization_id = org AND w.word = t.word)
                        OR EXISTS (SELECT 1 FROM question_words w WHERE w.organization_id = org AND w.lexeme = english_lexeme(t.word))
                      THEN NULL
                      ELSE (SELECT w.word FROM question_words w
                             WHERE w.word % t.word AND w.organization_id = org
                             ORDER BY similarity(w.word, t.word) DESC, w.documents DESC, w.word LIMIT 1) END AS better
            FROM tokens t
        )
        SELECT CASE WHEN bool_or(better IS NOT NULL) THEN string_agg(coalesce(better, token), ' ' ORDER BY ord) END FROM fixed
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION question_search_suggestion`);
    await db.query(`DROP FUNCTION question_search_query`);
    await db.query(`DROP TRIGGER question_words_delete ON questions`);
    await db.query(`DROP TRIGGER question_words_update ON questions`);
    await db.query(`DROP TRIGGER question_words_insert ON questions`);
    await db.query(`DROP FUNCTION question_words_track`);
    await db.query(`DROP FUNCTION question_words_apply`);
    await db.query(`DROP TYPE question_word_delta`);
    await db.query(`DROP FUNCTION english_lexeme`);
    await db.query(`DROP FUNCTION question_words_of`);
    await db.query(`DROP TABLE question_words`);
    // pg_trgm stays: other objects may use it, and it holds no data.
  }
}
