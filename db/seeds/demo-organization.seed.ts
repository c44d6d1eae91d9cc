import { hash, verify } from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@panelist/roles';

import demo from './demo-users.json';

/** Shared with the start-up banner (tools/start.mjs), which prints these credentials. */
export const DEMO_ORGANIZATION = demo.organization;
export const DEMO_PASSWORD = demo.password;
export const DEMO_USERS = demo.users as ReadonlyArray<{ email: string; name: string; role: Role }>;

/** Creates the demo organization with one user per role. Safe to run again: it adds only what is missing. */
export async function seedDemoOrganization(dataSource: DataSource): Promise<{ created: boolean }> {
  return dataSource.transaction(async (db) => {
    const inserted: Array<{ id: string }> = await db.query(
      `INSERT INTO organizations (name, slug) VALUES ($1, $2)
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [DEMO_ORGANIZATION.name, DEMO_ORGANIZATION.slug],
    );
    const [{ id: organizationId }] = await db.query<Array<{ id: string }>>(`SELECT id FROM organizations WHERE slug = $1`, [
      DEMO_ORGANIZATION.slug,
    ]);
    const passwordHash = await hash(DEMO_PASSWORD, { type: 2 });
    for (const user of DEMO_USERS) {
      await db.query(
        `INSERT INTO users (email, name, password_hash, activated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (lower(email)) DO NOTHING`,
        [user.email, user.name, passwordHash],
      );
      await db.query(
        `INSERT INTO memberships (organization_id, user_id, role, status)
         SELECT $1, id, $3, 'ACTIVE' FROM users WHERE lower(email) = lower($2)
         ON CONFLICT (organization_id, user_id) DO NOTHING`,
        [organizationId, user.email, user.role],
      );
    }
    return { created: inserted.length > 0 };
  });
}

/**
 * The demo users whose stored hash still verifies the published demo password: anyone could sign in
 * as them. A production start refuses while there is one (apps/api/src/first-run).
 */
export async function demoUsersWithDemoPassword(
  db: Pick<EntityManager, 'query'>,
  { lock = false } = {},
): Promise<Array<{ id: string; email: string }>> {
  const users = await db.query<Array<{ id: string; email: string; password_hash: string | null }>>(
    `SELECT id, email, password_hash FROM users WHERE lower(email) = ANY($1::text[]) ORDER BY email ${lock ? 'FOR UPDATE' : ''}`,
    [DEMO_USERS.map((user) => user.email.toLowerCase())],
  );
  const found: Array<{ id: string; email: string }> = [];
  for (const user of users) {
    if (user.password_hash && (await verify(user.password_hash, DEMO_PASSWORD).catch(() => false)))
      found.push({ id: user.id, email: user.email });
  }
  return found;
}

/**
 * Takes the demo password away from the demo users who still have it and ends their sessions: they
 * can no longer sign in (no invitation can set a password on them either, they stay claimed), and
 * everything they did stays. Returns their emails.
 */
export async function lockDemoUsers(dataSource: DataSource): Promise<string[]> {
  return dataSource.transaction(async (db) => {
    const users = await demoUsersWithDemoPassword(db, { lock: true });
    const ids = users.map((user) => user.id);
    await db.query(`UPDATE users SET password_hash = NULL, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
    await db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = ANY($1::uuid[]) AND revoked_at IS NULL`, [ids]);
    return users.map((user) => user.email);
  });
}
