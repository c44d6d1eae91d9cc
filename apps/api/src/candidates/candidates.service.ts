import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { rowsByIds } from '../common/graphql/request-loaders';
import type { Principal } from '../common/auth/principal';
import type { CandidateDto } from './dtos/candidate.dto';
import type { CreateCandidateInput, SaveCandidateInput } from './dtos/candidate.input';

const CANDIDATE_SELECT = `c.id, c.name, c.email, c.links, c.version, c.created_at AS "createdAt", c.erased_at AS "erasedAt"`;

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
    return this.db.query(
      `SELECT ${CANDIDATE_SELECT} FROM candidates c
        WHERE c.organization_id = $1 AND ($2::text IS NULL OR c.name ILIKE $2 OR c.email ILIKE $2)
        ORDER BY c.created_at DESC LIMIT ${LIST_LIMIT}`,
      [organizationId, pattern],
    );
  }

  /** Batch for DataLoader: candidates by id. */
  async byIds(ids: readonly string[]): Promise<CandidateDto[]> {
    const rows = await this.db.query<CandidateDto[]>(`SELECT ${CANDIDATE_SELECT} FROM candidates c WHERE c.id = ANY($1::uuid[])`, [ids]);
    return rowsByIds(ids, rows);
  }

  async get(organizationId: string, id: string, db: EntityManager = this.db.manager): Promise<CandidateDto> {
    const [candidate] = await db.query<CandidateDto[]>(`SELECT ${CANDIDATE_SELECT} FROM candidates c WHERE c.organization_id = $1 AND c.id = $2`, [organizationId, id]);
    if (!candidate) throw AppError.notFound('That candidate', 'id');
    return candidate;
  }

  /** Creates the candidate and, given a job, their interview loop for it, in one transaction. */
  async create(principal: Principal, input: CreateCandidateInput): Promise<CandidateDto> {
    const id = await this.db.transaction(async (db) => {
      if (input.jobId) {
        const [job] = await db.query<unknown[]>(`SELECT 1 FROM jobs WHERE organization_id = $1 AND id = $2`, [principal.organizationId, input.jobId]);
        if (!job) throw AppError.notFound('That job', 'jobId');
      }
      const [{ id: candidateId }] = await db
        .query<Array<{ id: string }>>(
          `INSERT INTO candidates (organization_id, name, email, links, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [principal.organizationId, input.name.trim(), input.email.trim(), input.links, principal.userId],
        )
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? DUPLICATE_EMAIL() : error;
        });
      if (input.jobId) {
        await db.query(`INSERT INTO interview_loops (organization_id, job_id, candidate_id) VALUES ($1, $2, $3)`, [principal.organizationId, input.jobId, candidateId]);
      }
      return candidateId;
    });
    return this.get(principal.organizationId, id);
  }

  async save(principal: Principal, input: SaveCandidateInput): Promise<CandidateDto> {
    if ((await this.get(principal.organizationId, input.id)).erasedAt) throw ERASED();
    const { name, email, links } = input.candidate;
    try {
      const [, affected] = await this.db.query<[unknown[], number]>(
        `UPDATE candidates SET name = $3, email = $4, links = $5, version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND id = $2 AND version = $6 AND erased_at IS NULL`,
        [principal.organizationId, input.id, name.trim(), email.trim(), links, input.version],
      );
      if (affected !== 1) throw AppError.conflict('Someone else changed this candidate since you opened it. Reload to see their changes.', 'version');
    } catch (error) {
      if (isUniqueViolation(error)) throw DUPLICATE_EMAIL();
      throw error;
    }
    return this.get(principal.organizationId, input.id);
  }
}
