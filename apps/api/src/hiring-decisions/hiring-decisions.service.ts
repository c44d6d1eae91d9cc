import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../common/auth/principal';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { HiringDecisionDto } from './dtos/hiring-decision.dto';
import type { RecordHiringDecisionInput } from './dtos/hiring-decision.input';

/**
 * Hiring decisions are recorded by people (the job's hiring manager or an admin), never derived by
 * Panelist. Each is a new row of the append-only audit trail; the newest is the current one.
 */
@Injectable()
export class HiringDecisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(principal: Principal, input: RecordHiringDecisionInput): Promise<HiringDecisionDto> {
    const [loop] = await this.db.query<Array<{ hiringManagerId: string; owesScorecard: boolean }>>(
      `SELECT j.hiring_manager_id AS "hiringManagerId",
              EXISTS (SELECT 1 FROM scorecards s WHERE s.interviewer_id = $3 AND s.candidate_id = l.candidate_id AND s.status <> 'SUBMITTED') AS "owesScorecard"
         FROM interview_loops l JOIN jobs j ON j.id = l.job_id WHERE l.organization_id = $1 AND l.id = $2`,
      [principal.organizationId, input.loopId, principal.userId],
    );
    if (!loop) throw AppError.notFound('That interview loop', 'loopId');
    if (principal.role !== 'ADMIN' && loop.hiringManagerId !== principal.userId) {
      throw AppError.forbidden("Only this job's hiring manager or an admin records the hiring decision.");
    }
    // Deciding first and scoring afterwards would make the decider's own scorecard anything but independent.
    if (loop.owesScorecard) throw AppError.conflict('Submit your own scorecard for this candidate before recording a decision.', 'loopId');
    return this.db.transaction(async (db) => {
      const [decision] = await db.query<HiringDecisionDto[]>(
        `INSERT INTO hiring_decisions (organization_id, loop_id, decision, rationale, decided_by, decided_by_name)
         SELECT $1, $2, $3, $4, u.id, u.name FROM users u WHERE u.id = $5
         RETURNING id, loop_id AS "loopId", decision, rationale, decided_by_name AS "decidedByName", decided_at AS "decidedAt"`,
        [principal.organizationId, input.loopId, input.decision, input.rationale.trim(), principal.userId],
      );
      await this.audit.record(
        { organizationId: principal.organizationId, actorId: principal.userId, action: 'decision.recorded', target: { type: 'loop', id: input.loopId }, details: { decision: input.decision } },
        db,
      );
      return decision;
    });
  }
}
