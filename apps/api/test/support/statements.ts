import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** The session read of the AccessGuard (cached per process for a few seconds: auth/session-cache.ts). */
const SESSION_READ = /FROM sessions s\s+JOIN memberships m/;

/**
 * The statements `fn` sends to PostgreSQL, without the session read: whether that one runs depends on
 * the session cache (tested on its own in auth/session-cache), not on the operation being counted.
 * `sql` holds their text, in the order they were sent, to show what a count is made of.
 */
export async function statementsOf<T>(fn: () => Promise<T>): Promise<{ statements: number; sql: string[]; result: T }> {
  const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
  try {
    const result = await fn();
    const sql = spy.mock.calls.map(([text]) => String(text)).filter((text) => !SESSION_READ.test(text));
    return { statements: sql.length, sql, result };
  } finally {
    spy.mockRestore();
  }
}
