import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  IDeleteDroppedRoundsQuery,
  IFindActiveKitsQuery,
  IFindHiringManagerQuery,
  IInsertJobQuery,
  IInsertRoundsQuery,
  IParkRoundsQuery,
  ISelectJobsQuery,
  ISelectRoundsQuery,
  IUpdateJobQuery,
  IUpdateKeptRoundsQuery,
  job_status,
  member_role,
} from './jobs.repository.types';

/** One job query for lists, one job and batches: `$jobIds` null means every job of the organization. */
const selectJobs = sql<ISelectJobsQuery>`
  SELECT j.id, j.title, j.team, j.status, j.version, j.created_at AS "createdAt", j.updated_at AS "updatedAt",
         u.id AS "hiringManagerId", u.name AS "hiringManagerName",
         (SELECT count(*)::int FROM interview_loops l WHERE l.job_id = j.id) AS "candidateCount!"
    FROM jobs j JOIN users u ON u.id = j.hiring_manager_id
   WHERE ($organizationId::uuid IS NULL OR j.organization_id = $organizationId)
     AND ($jobIds::uuid[] IS NULL OR j.id = ANY($jobIds))
   ORDER BY j.status, j.updated_at DESC`;

type JobRow = Awaited<ReturnType<typeof selectJobs.run>>[number];

export interface JobRecord extends Omit<JobRow, 'hiringManagerId' | 'hiringManagerName'> {
  hiringManager: { userId: string; name: string };
}

const toJob = ({ hiringManagerId, hiringManagerName, ...job }: JobRow): JobRecord => ({
  ...job,
  hiringManager: { userId: hiringManagerId, name: hiringManagerName },
});

export async function list(db: Queryable, organizationId: string): Promise<JobRecord[]> {
  return (await rows(db, selectJobs, { organizationId, jobIds: null })).map(toJob);
}

export async function find(db: Queryable, organizationId: string, id: string): Promise<JobRecord | undefined> {
  const row = await first(db, selectJobs, { organizationId, jobIds: [id] });
  return row && toJob(row);
}

/** Batch for DataLoader: jobs by id (the loaders scope by the request's organization beforehand). */
export async function byIds(db: Queryable, ids: readonly string[]): Promise<JobRecord[]> {
  return (await rows(db, selectJobs, { organizationId: null, jobIds: [...ids] })).map(toJob);
}

const insertJob = sql<IInsertJobQuery>`
  INSERT INTO jobs (organization_id, title, team, hiring_manager_id, created_by)
  VALUES ($organizationId!, $title!, $team!, $hiringManagerId!, $createdBy!) RETURNING id`;

export async function insert(
  db: Queryable,
  job: { organizationId: string; title: string; team: string; hiringManagerId: string; createdBy: string },
): Promise<string> {
  const [row] = await rows(db, insertJob, job);
  return row.id;
}

/** 0 rows when `version` is stale. A null status keeps the current one. */
const updateJob = sql<IUpdateJobQuery>`
  UPDATE jobs SET title = $title!, team = $team!, hiring_manager_id = $hiringManagerId!, status = COALESCE($status::job_status, status),
         version = version + 1, updated_at = now()
   WHERE organization_id = $organizationId! AND id = $id! AND version = $version!`;

export function update(
  db: Queryable,
  job: {
    organizationId: string;
    id: string;
    title: string;
    team: string;
    hiringManagerId: string;
    status: job_status | null;
    version: number;
  },
): Promise<number> {
  return execute(db, updateJob, job);
}

const selectRounds = sql<ISelectRoundsQuery>`
  SELECT r.id, r.job_id AS "jobId", r.position, r.name,
         k.id AS "kitId", k.title AS "kitTitle", k.role_name AS "kitRoleName", k.interview_minutes AS "kitInterviewMinutes"
    FROM job_rounds r JOIN kits k ON k.id = r.kit_id
   WHERE r.job_id = ANY($jobIds!::uuid[]) ORDER BY r.job_id, r.position`;

/** Each job's rounds in order, with their kits. */
export async function roundsOf(db: Queryable, jobIds: readonly string[]) {
  const found = await rows(db, selectRounds, { jobIds: [...jobIds] });
  return found.map(({ kitId, kitTitle, kitRoleName, kitInterviewMinutes, ...round }) => ({
    ...round,
    kit: { id: kitId, title: kitTitle, roleName: kitRoleName, interviewMinutes: kitInterviewMinutes },
  }));
}

const findHiringManager = sql<IFindHiringManagerQuery>`
  SELECT user_id AS "userId" FROM memberships
   WHERE organization_id = $organizationId! AND user_id = $userId! AND status = 'ACTIVE' AND role = ANY($roles!::member_role[])`;

/** Whether the person is an active member of the organization in one of `roles`. */
export async function isActiveIn(db: Queryable, organizationId: string, userId: string, roles: readonly member_role[]): Promise<boolean> {
  return (await first(db, findHiringManager, { organizationId, userId, roles: [...roles] })) !== undefined;
}

const findActiveKits = sql<IFindActiveKitsQuery>`
  SELECT id FROM kits WHERE organization_id = $organizationId! AND status = 'ACTIVE' AND id = ANY($kitIds!::uuid[])`;

/** Which of the kits are active kits of the organization. */
export async function activeKitIds(db: Queryable, organizationId: string, kitIds: string[]): Promise<Set<string>> {
  return new Set((await rows(db, findActiveKits, { organizationId, kitIds })).map((kit) => kit.id));
}

const deleteDroppedRounds = sql<IDeleteDroppedRoundsQuery>`DELETE FROM job_rounds WHERE job_id = $jobId! AND NOT (id = ANY($keep!::uuid[]))`;

/** Kept rounds park at negative positions so the new order never collides with (job_id, position). */
const parkRounds = sql<IParkRoundsQuery>`UPDATE job_rounds SET position = -position - 1 WHERE job_id = $jobId!`;

const updateKeptRounds = sql<IUpdateKeptRoundsQuery>`
  UPDATE job_rounds r SET position = x.position, name = x.name, kit_id = x.kit_id
    FROM json_to_recordset($rounds!::json) AS x(id uuid, position int, name text, kit_id uuid)
   WHERE r.job_id = $jobId! AND r.id = x.id RETURNING r.id`;

const insertRounds = sql<IInsertRoundsQuery>`
  INSERT INTO job_rounds (job_id, position, name, kit_id)
  SELECT $jobId!, x.position, x.name, x.kit_id FROM json_to_recordset($rounds!::json) AS x(position int, name text, kit_id uuid)`;

export interface RoundWrite {
  id: string | null;
  position: number;
  name: string;
  kitId: string;
}

const roundsJson = (list: RoundWrite[]) =>
  JSON.stringify(list.map((round) => ({ id: round.id, position: round.position, name: round.name, kit_id: round.kitId })));

/**
 * The first half of replacing a job's rounds: rounds not in `kept` are deleted, the kept ones (which
 * keep their ids, so scheduled interviews stay linked) take their new position, name and kit.
 * Answers the ids that matched a round of this job.
 */
export async function keepRounds(db: Queryable, jobId: string, kept: Array<RoundWrite & { id: string }>): Promise<Set<string>> {
  await execute(db, deleteDroppedRounds, { jobId, keep: kept.map((round) => round.id) });
  await execute(db, parkRounds, { jobId });
  const keptRows = await rows(db, updateKeptRounds, { jobId, rounds: roundsJson(kept) });
  return new Set(keptRows.map((row) => row.id));
}

/** The second half: the new rounds. */
export async function addRounds(db: Queryable, jobId: string, added: RoundWrite[]): Promise<void> {
  await execute(db, insertRounds, { jobId, rounds: roundsJson(added) });
}
