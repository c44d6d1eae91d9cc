import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BANK_EDITORS } from '@panelist/roles';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import { groupBy, rowsByIds } from '../common/graphql/request-loaders';
import type { JobDto, JobRoundDto } from './dtos/job.dto';
import type { JobInput, SaveJobInput } from './dtos/job.input';

const JOB_SELECT = `j.id, j.title, j.team, j.status, j.version, j.created_at AS "createdAt", j.updated_at AS "updatedAt",
  json_build_object('userId', u.id, 'name', u.name) AS "hiringManager",
  (SELECT count(*)::int FROM interview_loops l WHERE l.job_id = j.id) AS "candidateCount"`;
const JOB_FROM = `jobs j JOIN users u ON u.id = j.hiring_manager_id`;

/** Jobs of the caller's organization, each with its ordered interview rounds. */
@Injectable()
export class JobsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(organizationId: string): Promise<JobDto[]> {
    return this.db.query(`SELECT ${JOB_SELECT} FROM ${JOB_FROM} WHERE j.organization_id = $1 ORDER BY j.status, j.updated_at DESC`, [organizationId]);
  }

  async get(organizationId: string, id: string, db: EntityManager = this.db.manager): Promise<JobDto> {
    const [job] = await db.query<JobDto[]>(`SELECT ${JOB_SELECT} FROM ${JOB_FROM} WHERE j.organization_id = $1 AND j.id = $2`, [organizationId, id]);
    if (!job) throw AppError.notFound('That job', 'id');
    return job;
  }

  async create(principal: Principal, input: JobInput): Promise<JobDto> {
    const id = await this.db.transaction(async (db) => {
      await this.check(db, principal.organizationId, input);
      const [{ id: jobId }] = await db.query<Array<{ id: string }>>(
        `INSERT INTO jobs (organization_id, title, team, hiring_manager_id, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [principal.organizationId, input.title.trim(), input.team.trim(), input.hiringManagerId, principal.userId],
      );
      await this.writeRounds(db, jobId, input);
      return jobId;
    });
    return this.get(principal.organizationId, id);
  }

  /** Saves the job if `version` is still current; rounds keep their ids so scheduled interviews stay linked. */
  async save(principal: Principal, input: SaveJobInput): Promise<JobDto> {
    await this.db.transaction(async (db) => {
      await this.get(principal.organizationId, input.id, db);
      await this.check(db, principal.organizationId, input.job);
      const [, affected] = await db.query<[unknown[], number]>(
        `UPDATE jobs SET title = $3, team = $4, hiring_manager_id = $5, status = COALESCE($6::job_status, status),
                version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND id = $2 AND version = $7`,
        [principal.organizationId, input.id, input.job.title.trim(), input.job.team.trim(), input.job.hiringManagerId, input.status ?? null, input.version],
      );
      if (affected !== 1) throw AppError.conflict('Someone else changed this job since you opened it. Reload to see their changes.', 'version');
      await this.writeRounds(db, input.id, input.job);
    });
    return this.get(principal.organizationId, input.id);
  }

  /** Batch for DataLoader: jobs by id. */
  async byIds(ids: readonly string[]): Promise<JobDto[]> {
    const rows = await this.db.query<JobDto[]>(`SELECT ${JOB_SELECT} FROM ${JOB_FROM} WHERE j.id = ANY($1::uuid[])`, [ids]);
    return rowsByIds(ids, rows);
  }

  /** Batch for DataLoader: each job's rounds in order, with their kits. */
  async roundsOf(jobIds: readonly string[]): Promise<JobRoundDto[][]> {
    const rows = await this.db.query<Array<JobRoundDto & { jobId: string }>>(
      `SELECT r.id, r.job_id AS "jobId", r.position, r.name,
              json_build_object('id', k.id, 'title', k.title, 'roleName', k.role_name, 'interviewMinutes', k.interview_minutes) AS kit
         FROM job_rounds r JOIN kits k ON k.id = r.kit_id
        WHERE r.job_id = ANY($1::uuid[]) ORDER BY r.job_id, r.position`,
      [jobIds],
    );
    return groupBy(jobIds, rows, (row) => row.jobId);
  }

  /** The hiring manager must be an active admin or hiring manager; kits must be active kits of the organization. */
  private async check(db: EntityManager, organizationId: string, input: JobInput): Promise<void> {
    const [manager] = await db.query<Array<{ ok: boolean }>>(
      `SELECT true AS ok FROM memberships WHERE organization_id = $1 AND user_id = $2 AND status = 'ACTIVE' AND role = ANY($3::member_role[])`,
      [organizationId, input.hiringManagerId, BANK_EDITORS],
    );
    if (!manager) throw AppError.badInput('hiringManagerId', 'The hiring manager must be an active admin or hiring manager of your organization.');
    const kitIds = input.rounds.map((round) => round.kitId);
    const kits = await db.query<Array<{ id: string }>>(
      `SELECT id FROM kits WHERE organization_id = $1 AND status = 'ACTIVE' AND id = ANY($2::uuid[])`,
      [organizationId, kitIds],
    );
    const known = new Set(kits.map((kit) => kit.id));
    const missing = kitIds.findIndex((kitId) => !known.has(kitId));
    if (missing >= 0) throw AppError.badInput(`rounds.${missing}.kitId`, 'That kit is not an active kit of your organization.');
  }

  private async writeRounds(db: EntityManager, jobId: string, input: JobInput): Promise<void> {
    const keep = input.rounds.map((round) => round.id).filter((id): id is string => !!id);
    await db.query(`DELETE FROM job_rounds WHERE job_id = $1 AND NOT (id = ANY($2::uuid[]))`, [jobId, keep]);
    // Park kept rounds at negative positions so the new order never collides with (job_id, position).
    await db.query(`UPDATE job_rounds SET position = -position - 1 WHERE job_id = $1`, [jobId]);
    const rows = input.rounds.map((round, position) => ({ id: round.id ?? null, position, name: round.name.trim(), kit_id: round.kitId }));
    const [keptRows] = await db.query<[Array<{ id: string }>, number]>(
      `UPDATE job_rounds r SET position = x.position, name = x.name, kit_id = x.kit_id
         FROM json_to_recordset($2::json) AS x(id uuid, position int, name text, kit_id uuid)
        WHERE r.job_id = $1 AND r.id = x.id RETURNING r.id`,
      [jobId, JSON.stringify(rows.filter((row) => row.id))],
    );
    const keptIds = new Set(keptRows.map((row) => row.id));
    const unknown = rows.findIndex((row) => row.id && !keptIds.has(row.id));
    if (unknown >= 0) throw AppError.badInput(`rounds.${unknown}.id`, 'That round is not part of this job.');
    await db.query(
      `INSERT INTO job_rounds (job_id, position, name, kit_id)
       SELECT $1, x.position, x.name, x.kit_id FROM json_to_recordset($2::json) AS x(position int, name text, kit_id uuid)`,
      [jobId, JSON.stringify(rows.filter((row) => !row.id))],
    );
  }
}
