import { hash } from 'argon2';
import type { DataSource } from 'typeorm';
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
