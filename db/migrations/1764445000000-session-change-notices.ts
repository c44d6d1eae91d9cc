import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change that can end or narrow a session's access — a session revoked or deleted, a
 * membership's role, status or cut-off changed or removed, an organization's sign-in settings, a
 * single sign-on connection — sends one NOTIFY on `panelist_session_changes` when it commits. Each
 * API process listens and drops its short-lived cache of resolved sessions (auth/session-cache.ts),
 * so a sign-out, role change or removal counts on the next request on every instance. Triggers, not
 * application code, so no write path (CLI, SQL by hand, a future feature) can forget it.
 * Statement-level: one bulk revocation is one notice, and PostgreSQL folds identical notices of a
 * transaction into one.
 */
const TABLES: Array<[table: string, events: string]> = [
  ['sessions', 'UPDATE OR DELETE'],
  ['memberships', 'UPDATE OR DELETE'],
  ['organizations', 'UPDATE OR DELETE'],
  ['sso_connections', 'INSERT OR UPDATE OR DELETE'],
];

export class SessionChangeNotices1764445000000 implements MigrationInterface {
  name = 'SessionChangeNotices1764445000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('panelist_session_changes', '');
        RETURN NULL;
      END $$`);
    for (const [table, events] of TABLES) {
      await db.query(
        `CREATE TRIGGER ${table}_session_change AFTER ${events} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION notify_session_change()`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [table] of TABLES) await db.query(`DROP TRIGGER ${table}_session_change ON ${table}`);
    await db.query(`DROP FUNCTION notify_session_change()`);
  }
}
