import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  IFindCandidateQuery,
  IFindJobQuery,
  IInsertCandidateQuery,
  IInsertLoopQuery,
  ISearchCandidatesQuery,
  ISelectCandidatesByIdsQuery,
  IUpdateCandidateQuery,
} from './candidates.repository.types';

/** Newest first; `pattern` (ILIKE, escaped by the caller) matches name or email. */
const searchCandidates = sql<ISearchCandidatesQuery>`
  SELECT c.id, c.name, c.email, c.links, c.version, c.created_at AS "createdAt", c.erased_at AS "erasedAt"
    FROM candidates c
   WHERE c.organization_id = $organizationId! AND ($pattern::text IS NULL OR c.name ILIKE $pattern OR c.email ILIKE $pattern)
   ORDER BY c.created_at DESC LIMIT $limit!`;

export type CandidateRow = Awaited<ReturnType<typeof searchCandidates.run>>[number];

export function search(db: Queryable, organizationId: string, pattern: string | null, limit: number): Promise<CandidateRow[]> {
  return rows(db, searchCandidates, { organizationId, pattern, limit });
}

const selectCandidatesByIds = sql<ISelectCandidatesByIdsQuery>`
  SELECT c.id, c.name, c.email, c.links, c.version, c.created_at AS "createdAt", c.erased_at AS "erasedAt"
    FROM candidates c WHERE c.id = ANY($ids!::uuid[])`;

export function byIds(db: Queryable, ids: readonly string[]): Promise<CandidateRow[]> {
  return rows(db, selectCandidatesByIds, { ids: [...ids] });
}

const findCandidate = sql<IFindCandidateQuery>`
  SELECT c.id, c.name, c.email, c.links, c.version, c.created_at AS "createdAt", c.erased_at AS "erasedAt"
    FROM candidates c WHERE c.organization_id = $organizationId! AND c.id = $id!`;

export function find(db: Queryable, organizationId: string, id: string): Promise<CandidateRow | undefined> {
  return first(db, findCandidate, { organizationId, id });
}

const findJob = sql<IFindJobQuery>`SELECT id FROM jobs WHERE organization_id = $organizationId! AND id = $jobId!`;

export async function jobExists(db: Queryable, organizationId: string, jobId: string): Promise<boolean> {
  return (await first(db, findJob, { organizationId, jobId })) !== undefined;
}

const insertCandidate = sql<IInsertCandidateQuery>`
  INSERT INTO candidates (organization_id, name, email, links, created_by) VALUES ($organizationId!, $name!, $email!, $links!, $createdBy!) RETURNING id`;

/** Throws PostgreSQL's unique violation (23505) when the email is taken in the organization. */
export async function insert(
  db: Queryable,
  candidate: { organizationId: string; name: string; email: string; links: string[]; createdBy: string },
): Promise<string> {
  const [row] = await rows(db, insertCandidate, candidate);
  return row.id;
}

const insertLoop = sql<IInsertLoopQuery>`
  INSERT INTO interview_loops (organization_id, job_id, candidate_id) VALUES ($organizationId!, $jobId!, $candidateId!)`;

/** The candidate's interview loop for a job. */
export async function insertLoopFor(db: Queryable, loop: { organizationId: string; jobId: string; candidateId: string }): Promise<void> {
  await execute(db, insertLoop, loop);
}

/** 0 rows when the version is stale or the candidate was erased; throws 23505 for a taken email. */
const updateCandidate = sql<IUpdateCandidateQuery>`
  UPDATE candidates SET name = $name!, email = $email!, links = $links!, version = version + 1, updated_at = now()
   WHERE organization_id = $organizationId! AND id = $id! AND version = $version! AND erased_at IS NULL`;

export function update(
  db: Queryable,
  candidate: { organizationId: string; id: string; name: string; email: string; links: string[]; version: number },
): Promise<number> {
  return execute(db, updateCandidate, candidate);
}
