import type { EntityManager } from 'typeorm';
import { DEMO_PASSWORD, demoUsersWithDemoPassword } from '@panelist/db';
import { anyExists } from '../organizations/organizations.repository';

type Queryable = Pick<EntityManager, 'query'>;

/** How an operator creates the first organization, on npm and in the Docker image. */
export const FIRST_ORGANIZATION_HINT = [
  'No organization yet. Create the first one; this prints a one-time invitation link for its first admin:',
  '  npm run org -- create --name "<organization>" --admin-email <you@example.com>',
  '  Docker: docker compose exec api npm run org -- create --name "<organization>" --admin-email <you@example.com>',
];

/** Why a production start must not go on: demo users anyone can sign in as. Null when there is none. */
export async function demoPasswordProblem(db: Queryable): Promise<string | null> {
  const exposed = await demoUsersWithDemoPassword(db);
  if (exposed.length === 0) return null;
  return [
    `Refusing to start in production: ${exposed.length === 1 ? 'this demo account still has' : 'these demo accounts still have'} ` +
      `the published demo password "${DEMO_PASSWORD}", so anyone could sign in as ${exposed.length === 1 ? 'it' : 'them'}: ` +
      `${exposed.map((user) => user.email).join(', ')}.`,
    'Take the demo password away from them (they can no longer sign in; what they did stays):',
    '  npm: node tools/db.mjs lock-demo-users   (DATABASE_URL, else the embedded database)',
    '  Docker: docker compose run --rm api node -r ./tools/ts-register.cjs db/cli.ts lock-demo-users',
    'or start once without NODE_ENV=production and change their passwords (signed in as each: Account).',
  ].join('\n');
}

/** The start-up hint when the database has no organization yet; null otherwise. */
export async function firstOrganizationHint(db: Queryable): Promise<string[] | null> {
  return (await anyExists(db)) ? null : FIRST_ORGANIZATION_HINT;
}

export class UnsafeStartError extends Error {}

/**
 * Runs before the API listens: in production, refuses while a demo user has the demo password
 * (throws UnsafeStartError); on a database without organizations, logs how to create the first one.
 */
export async function checkFirstRun(
  db: Queryable,
  { production, log }: { production: boolean; log: (line: string) => void },
): Promise<void> {
  if (production) {
    const problem = await demoPasswordProblem(db);
    if (problem) throw new UnsafeStartError(problem);
  }
  for (const line of (await firstOrganizationHint(db)) ?? []) log(line);
}
