import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { rowsByIds } from '../common/graphql/request-loaders';
import type { Principal } from '../common/auth/principal';
import type { CandidateDto } from './dtos/candidate.dto';
import type { CreateCandidateInput, SaveCandidateInput } from './dtos/candidate.input';
import * as candidates from './candidates.repository';

/** An erased person stays erased: nothing new is written about them. */
export const ERASED = () => AppError.conflict('This candidate was erased; nothing more can be recorded about them.', 'candidateId');
const LIST_LIMIT = 200;

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

const DUPLICATE_EMAIL = () => AppError.conflict('A candidate with this email already exists in your organization.', 'email');

/** Candidates of the caller's organization; an email identifies one person once per organization. */
@Injectable()
export class CandidatesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Newest first; `search` matches name or email, case-insensitively. */
  list(organizationId: string, search: string | null): Promise<CandidateDto[]> {
    const pattern = search?.trim() ? `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return candidates.search(this.db, organizationId, pattern, LIST_LIMIT);
  }

  /** Batch for DataLoader: candidates by id. */
  async byIds(ids: readonly string[]): Promise<CandidateDto[]> {
    return rowsByIds(ids, await candidates.byIds(this.db, ids));
  }

  async get(organizationId: string, id: string, db: EntityManager = this.db.manager): Promise<CandidateDto> {
    const candidate = await candidates.find(db, organizationId, id);
    if (!candidate) throw AppError.notFound('That candidate', 'id');
    return candidate;
  }

  /** Creates the candidate and, given a job, their interview loop for it, in one transaction. */
  async create(principal: Principal, input: CreateCandidateInput): Promise<CandidateDto> {
    const id = await this.db.transaction(async (db) => {
      if (input.jobId) {
        if (!(await candidates.jobExists(db, principal.organizationId, input.jobId))) throw AppError.notFound('That job', 'jobId');
      }
      const candidateId = await candidates
        .insert(db, {
          organizationId: principal.organizationId,
          name: input.name.trim(),
          email: input.email.trim(),
          links: input.links,
          createdBy: principal.userId,
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? DUPLICATE_EMAIL() : error;
        });
      if (input.jobId) {
        await candidates.insertLoopFor(db, { organizationId: principal.organizationId, jobId: input.jobId, candidateId });
      }
      return candidateId;
    });
    return this.get(principal.organizationId, id);
  }

  async save(principal: Principal, input: SaveCandidateInput): Promise<CandidateDto> {
    if ((await this.get(principal.organizationId, input.id)).erasedAt) throw ERASED();
    const { name, email, links } = input.candidate;
    try {
      const affected = await candidates.update(this.db, {
        organizationId: principal.organizationId,
        id: input.id,
        name: name.trim(),
        email: email.trim(),
        links,
        version: input.version,
      });
      if (affected !== 1)
        throw AppError.conflict('Someone else changed this candidate since you opened it. Reload to see their changes.', 'version');
    } catch (error) {
      if (isUniqueViolation(error)) throw DUPLICATE_EMAIL();
      throw error;
    }
    return this.get(principal.organizationId, input.id);
  }
}
