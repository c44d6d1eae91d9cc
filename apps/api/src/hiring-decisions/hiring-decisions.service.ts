import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../common/auth/principal';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { HiringDecisionDto } from './dtos/hiring-decision.dto';
import type { RecordHiringDecisionInput } from './dtos/hiring-decision.input';
import * as decisions from './hiring-decisions.repository';

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
    const loop = await decisions.findLoop(this.db, principal.organizationId, input.loopId, principal.userId);
    if (!loop) throw AppError.notFound('That interview loop', 'loopId');
    if (principal.role !== 'ADMIN' && loop.hiringManagerId !== principal.userId) {
      throw AppError.forbidden("Only this job's hiring manager or an admin records the hiring decision.");
    }
    // Deciding first and scoring afterwards would make the decider's own scorecard anything but independent.
    if (loop.owesScorecard) throw AppError.conflict('Submit your own scorecard for this candidate before recording a decision.', 'loopId');
    return this.db.transaction(async (db) => {
      const decision = await decisions.insertDecision(db, {
        organizationId: principal.organizationId,
        loopId: input.loopId,
        decision: input.decision,
        rationale: input.rationale.trim(),
        userId: principal.userId,
      });
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'decision.recorded',
          target: { type: 'loop', id: input.loopId },
          details: { decision: input.decision },
        },
        db,
      );
      return decision;
    });
  }
}
