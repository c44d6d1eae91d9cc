import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** The session read of the AccessGuard (cached per process for a few seconds: auth/session-cache.ts). */
const SESSION_READ = /FROM sessions s\s+JOIN memberships m/;

/**
 * The statements `fn` sends to PostgreSQL, without the session read: whether that one runs depends on
 * the session cache (tested on its own in auth/session-cache), not on the operation being counted.
 */
export async function statementsOf<T>(fn: () => Promise<T>): Promise<{ statements: number; result: T }> {
  const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
  try {
    const result = await fn();
    return { statements: spy.mock.calls.filter(([sql]) => !SESSION_READ.test(String(sql))).length, result };
  } finally {
    spy.mockRestore();
  }
}
