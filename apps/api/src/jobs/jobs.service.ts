import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BANK_EDITORS } from '@panelist/roles';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import { groupBy, rowsByIds } from '../common/graphql/request-loaders';
import type { JobDto, JobRoundDto } from './dtos/job.dto';
import type { JobInput, SaveJobInput } from './dtos/job.input';
import * as jobs from './jobs.repository';

/** Jobs of the caller's organization, each with its ordered interview rounds. */
@Injectable()
export class JobsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(organizationId: string): Promise<JobDto[]> {
    return jobs.list(this.db, organizationId);
  }

  async get(organizationId: string, id: string, db: EntityManager = this.db.manager): Promise<JobDto> {
    const job = await jobs.find(db, organizationId, id);
    if (!job) throw AppError.notFound('That job', 'id');
    return job;
  }

  async create(principal: Principal, input: JobInput): Promise<JobDto> {
    const id = await this.db.transaction(async (db) => {
      await this.check(db, principal.organizationId, input);
      const jobId = await jobs.insert(db, {
        organizationId: principal.organizationId,
        title: input.title.trim(),
        team: input.team.trim(),
        hiringManagerId: input.hiringManagerId,
        createdBy: principal.userId,
      });
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
      const affected = await jobs.update(db, {
        organizationId: principal.organizationId,
        id: input.id,
        title: input.job.title.trim(),
        team: input.job.team.trim(),
        hiringManagerId: input.job.hiringManagerId,
        status: input.status ?? null,
        version: input.version,
      });
      if (affected !== 1)
        throw AppError.conflict('Someone else changed this job since you opened it. Reload to see their changes.', 'version');
      await this.writeRounds(db, input.id, input.job);
    });
    return this.get(principal.organizationId, input.id);
  }

  /** Batch for DataLoader: jobs by id. */
  async byIds(ids: readonly string[]): Promise<JobDto[]> {
    return rowsByIds(ids, await jobs.byIds(this.db, ids));
  }

  /** Batch for DataLoader: each job's rounds in order, with their kits. */
  async roundsOf(jobIds: readonly string[]): Promise<JobRoundDto[][]> {
    const rows = await jobs.roundsOf(this.db, jobIds);
    return groupBy(jobIds, rows, (row) => row.jobId);
  }

  /** The hiring manager must be an active admin or hiring manager; kits must be active kits of the organization. */
  private async check(db: EntityManager, organizationId: string, input: JobInput): Promise<void> {
    if (!(await jobs.isActiveIn(db, organizationId, input.hiringManagerId, BANK_EDITORS)))
      throw AppError.badInput('hiringManagerId', 'The hiring manager must be an active admin or hiring manager of your organization.');
    const kitIds = input.rounds.map((round) => round.kitId);
    const known = await jobs.activeKitIds(db, organizationId, kitIds);
    const missing = kitIds.findIndex((kitId) => !known.has(kitId));
    if (missing >= 0) throw AppError.badInput(`rounds.${missing}.kitId`, 'That kit is not an active kit of your organization.');
  }

  private async writeRounds(db: EntityManager, jobId: string, input: JobInput): Promise<void> {
    const rounds: jobs.RoundWrite[] = input.rounds.map((round, position) => ({
      id: round.id ?? null,
      position,
      name: round.name.trim(),
      kitId: round.kitId,
    }));
    const kept = rounds.filter((round): round is jobs.RoundWrite & { id: string } => !!round.id);
    const keptIds = await jobs.keepRounds(db, jobId, kept);
    const unknown = rounds.findIndex((round) => round.id && !keptIds.has(round.id));
    if (unknown >= 0) throw AppError.badInput(`rounds.${unknown}.id`, 'That round is not part of this job.');
    await jobs.addRounds(
      db,
      jobId,
      rounds.filter((round) => !round.id),
    );
  }
}
