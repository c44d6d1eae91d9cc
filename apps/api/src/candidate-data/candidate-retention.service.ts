import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth/principal';
import * as candidateData from './candidate-data.repository';
import { CandidateErasureService } from './candidate-erasure.service';
import type { CandidateDueForErasureDto } from './dtos/candidate-retention.dto';
import { JobQueue } from '../common/jobs/job-queue';

/** At most this many erasures per organization in one run (one transaction); the rest follow an hour later. */
export const RETENTION_RUN_LIMIT = 200;

/**
 * Candidate retention per organization (off by default): the setting, a dry run, and an hourly job
 * that erases who is due through the same path as an admin's erasure. Every API instance runs the
 * job; a transaction-level advisory lock lets one work at a time, and erasure is idempotent. run is a pg-boss schedule (one instance sends it per slot; a failure is retried).
 */
@Injectable()
export class CandidateRetentionService implements OnModuleInit {
  private readonly logger = new Logger('CandidateRetention');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly erasure: CandidateErasureService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register('candidate-retention', { handler: () => this.run(), cron: '17 * * * *' });
  }

  months(organizationId: string): Promise<number | null> {
    return candidateData.retentionMonthsOf(this.db, organizationId);
  }

  setMonths(principal: Principal, months: number | null): Promise<number | null> {
    return this.db.transaction(async (db) => {
      const previous = await candidateData.setRetentionMonthsOf(db, principal.organizationId, months);
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'organization.settings_changed',
          target: { type: 'organization', id: principal.organizationId },
          details: { candidateRetentionMonths: months, previousCandidateRetentionMonths: previous },
        },
        db,
      );
      return months;
    });
  }

  /** The dry run: exactly whom the next run erases in this organization, and why. */
  async preview(organizationId: string): Promise<CandidateDueForErasureDto[]> {
    const rows = await candidateData.dueForErasure(this.db, organizationId, RETENTION_RUN_LIMIT);
    return rows.map(({ organizationId: _organization, retentionMonths: _months, ...due }) => due);
  }

  /**
   * Erases everyone due; returns how many (0 when another instance holds the lock). One candidate
   * that fails is rolled back to its savepoint and logged; the others still go.
   */
  run(): Promise<number> {
    return this.db.transaction(async (db) => {
      if (!(await candidateData.tryLockRetentionRun(db))) return 0;
      const due = await candidateData.dueForErasure(db, null, RETENTION_RUN_LIMIT);
      const outcome = new Map<string, { erased: number; failed: number; retentionMonths: number }>();
      for (const row of due) {
        const tally = outcome.get(row.organizationId) ?? { erased: 0, failed: 0, retentionMonths: row.retentionMonths };
        outcome.set(row.organizationId, tally);
        await candidateData.beginRetentionStep(db);
        try {
          const candidate = await this.erasure.lock(db, row.organizationId, row.candidateId);
          if (candidate && !candidate.erasedAt) {
            const why = { lastDecisionAt: new Date(row.lastDecisionAt).toISOString(), retentionMonths: row.retentionMonths };
            await this.erasure.eraseLocked(db, candidate, { kind: 'retention', details: why });
            tally.erased += 1;
          }
          await candidateData.releaseRetentionStep(db);
        } catch (error) {
          await candidateData.rollbackRetentionStep(db);
          tally.failed += 1;
          this.logger.warn(`candidate retention could not erase candidate ${row.candidateId}: ${String(error)}`);
        }
      }
      // One summary per organization the run touched, besides each candidate's own `candidate.erased`.
      await this.audit.recordMany(
        [...outcome].map(([organizationId, tally]) => ({
          organizationId,
          actorLabel: 'retention job',
          action: 'candidate.retention_applied' as const,
          details: tally,
        })),
        db,
      );
      return [...outcome.values()].reduce((sum, tally) => sum + tally.erased, 0);
    });
  }
}
