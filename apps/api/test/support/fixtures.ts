import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role } from '@panelist/roles';
import { hashPassword } from '../../src/auth/passwords';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

export interface TestMember {
  membershipId: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
}

export interface TestOrganization {
  id: string;
  slug: string;
  members: Record<Role, TestMember>;
}

/** An organization with one active member per role, with unique emails so test files never collide. */
export async function createOrganization(db: DataSource, label = 'org'): Promise<TestOrganization> {
  passwordHash ??= hashPassword(PASSWORD);
  const suffix = randomUUID().slice(0, 8);
  const slug = `${label}-${suffix}`.toLowerCase();
  const [{ id }] = await db.query<Array<{ id: string }>>(`INSERT INTO organizations (name, slug) VALUES ($1, $2) RETURNING id`, [
    `${label} ${suffix}`,
    slug,
  ]);
  const members = {} as Record<Role, TestMember>;
  for (const role of ['ADMIN', 'HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'] as const) {
    const email = `${role.toLowerCase()}.${suffix}@${label}.test`;
    members[role] = await addMember(db, id, { email, name: `${role} ${suffix}`, role }, await passwordHash);
  }
  return { id, slug, members };
}

export async function addMember(
  db: DataSource,
  organizationId: string,
  person: { email: string; name: string; role: Role },
  hash: string | null = null,
): Promise<TestMember> {
  const [user] = await db.query<Array<{ id: string }>>(
    `INSERT INTO users (email, name, password_hash, activated_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (lower(email)) DO UPDATE SET name = users.name RETURNING id`,
    [person.email, person.name, hash ?? (await (passwordHash ??= hashPassword(PASSWORD)))],
  );
  const [membership] = await db.query<Array<{ id: string }>>(
    `INSERT INTO memberships (organization_id, user_id, role, status) VALUES ($1, $2, $3, 'ACTIVE') RETURNING id`,
    [organizationId, user.id, person.role],
  );
  return { membershipId: membership.id, userId: user.id, ...person };
}

/** Signs a fresh client in as the given member. */
export async function signedIn<C extends { login(email: string, password: string): Promise<{ errors?: unknown[] }> }>(
  client: C,
  member: TestMember,
): Promise<C> {
  const result = await client.login(member.email, PASSWORD);
  if (result.errors) throw new Error(`login failed for ${member.email}: ${JSON.stringify(result.errors)}`);
  return client;
}
