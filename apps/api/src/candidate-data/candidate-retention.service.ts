import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth/principal';
import { CandidateErasureService } from './candidate-erasure.service';
import type { CandidateDueForErasureDto } from './dtos/candidate-retention.dto';
import { startHourlyJob } from '../common/jobs/hourly-job';

/** At most this many erasures per organization in one run (one transaction); the rest follow an hour later. */
export const RETENTION_RUN_LIMIT = 200;

interface DueRow extends CandidateDueForErasureDto {
  organizationId: string;
  retentionMonths: number;
}

/**
 * Who is due, oldest decision first, at most $2 per organization ($1 one organization, or all):
 * candidates, not yet erased, whose last hiring decision is older than their organization's
 * retention. Someone with a loop started or an interview scheduled after that decision is in
 * process again, and waits for their next decision.
 */
const DUE_SQL = `WITH last AS (
    SELECT DISTINCT ON (l.candidate_id) l.candidate_id, d.decision, d.decided_at
      FROM hiring_decisions d JOIN interview_loops l ON l.id = d.loop_id JOIN organizations o ON o.id = d.organization_id
     WHERE o.candidate_retention_months IS NOT NULL AND ($1::uuid IS NULL OR d.organization_id = $1)
     ORDER BY l.candidate_id, d.decided_at DESC, d.id DESC),
  due AS (
    SELECT c.id AS "candidateId", c.organization_id AS "organizationId", c.name, last.decision AS "lastDecision", last.decided_at AS "lastDecisionAt",
           last.decided_at + make_interval(months => o.candidate_retention_months) AS "dueSince", o.candidate_retention_months AS "retentionMonths",
           row_number() OVER (PARTITION BY c.organization_id ORDER BY last.decided_at, c.id) AS position
      FROM last JOIN candidates c ON c.id = last.candidate_id JOIN organizations o ON o.id = c.organization_id
     WHERE c.erased_at IS NULL AND last.decided_at + make_interval(months => o.candidate_retention_months) <= now()
       AND NOT EXISTS (SELECT 1 FROM interview_loops nl WHERE nl.candidate_id = c.id AND nl.created_at > last.decided_at)
       AND NOT EXISTS (SELECT 1 FROM interviews ni JOIN interview_loops nl ON nl.id = ni.loop_id WHERE nl.candidate_id = c.id AND ni.scheduled_at > last.decided_at))
  SELECT "candidateId", "organizationId", name, "lastDecision", "lastDecisionAt", "dueSince", "retentionMonths"
    FROM due WHERE position <= $2 ORDER BY "organizationId", position`;

/**
 * Candidate retention per organization (off by default): the setting, a dry run, and an hourly job
 * that erases who is due through the same path as an admin's erasure. Every API instance runs the
 * job; a transaction-level advisory lock lets one work at a time, and erasure is idempotent.
 */
@Injectable()
export class CandidateRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CandidateRetention');
  private stop: (() => void) | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly erasure: CandidateErasureService,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = startHourlyJob('candidate retention', () => this.run(), this.logger);
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  async months(organizationId: string): Promise<number | null> {
    const [{ months }] = await this.db.query<Array<{ months: number | null }>>(
      `SELECT candidate_retention_months AS months FROM organizations WHERE id = $1`,
      [organizationId],
    );
    return months;
  }

  setMonths(principal: Principal, months: number | null): Promise<number | null> {
    return this.db.transaction(async (db) => {
      const [[row]] = await db.query<[Array<{ previous: number | null }>, number]>(
        `UPDATE organizations o SET candidate_retention_months = $2, updated_at = now()
           FROM (SELECT candidate_retention_months AS previous FROM organizations WHERE id = $1 FOR UPDATE) old
          WHERE o.id = $1 RETURNING old.previous`,
        [principal.organizationId, months],
      );
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'organization.settings_changed',
          target: { type: 'organization', id: principal.organizationId },
          details: { candidateRetentionMonths: months, previousCandidateRetentionMonths: row.previous },
        },
        db,
      );
      return months;
    });
  }

  /** The dry run: exactly whom the next run erases in this organization, and why. */
  async preview(organizationId: string): Promise<CandidateDueForErasureDto[]> {
    const rows = await this.db.query<DueRow[]>(DUE_SQL, [organizationId, RETENTION_RUN_LIMIT]);
    return rows.map(({ organizationId: _organization, retentionMonths: _months, ...due }) => due);
  }

  /**
   * Erases everyone due; returns how many (0 when another instance holds the lock). One candidate
   * that fails is rolled back to its savepoint and logged; the others still go.
   */
  run(): Promise<number> {
    return this.db.transaction(async (db) => {
      const [{ locked }] = await db.query<Array<{ locked: boolean }>>(
        `SELECT pg_try_advisory_xact_lock(hashtext('panelist:candidate-retention')) AS locked`,
      );
      if (!locked) return 0;
      const due = await db.query<DueRow[]>(DUE_SQL, [null, RETENTION_RUN_LIMIT]);
      const outcome = new Map<string, { erased: number; failed: number; retentionMonths: number }>();
      for (const row of due) {
        const tally = outcome.get(row.organizationId) ?? { erased: 0, failed: 0, retentionMonths: row.retentionMonths };
        outcome.set(row.organizationId, tally);
        await db.query(`SAVEPOINT candidate_retention`);
        try {
          const candidate = await this.erasure.lock(db, row.organizationId, row.candidateId);
          if (candidate && !candidate.erasedAt) {
            const why = { lastDecisionAt: new Date(row.lastDecisionAt).toISOString(), retentionMonths: row.retentionMonths };
            await this.erasure.eraseLocked(db, candidate, { kind: 'retention', details: why });
            tally.erased += 1;
          }
          await db.query(`RELEASE SAVEPOINT candidate_retention`);
        } catch (error) {
          await db.query(`ROLLBACK TO SAVEPOINT candidate_retention`);
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
