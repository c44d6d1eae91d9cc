import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../common/auth/principal';
import { AuditService } from './audit.service';
import { startHourlyJob } from '../common/jobs/hourly-job';


/**
 * Prunes audit events past each organization's retention (default two years). Every API instance
 * runs the prune hourly; a transaction-level advisory lock lets one do the work at a time, and the
 * DELETE is idempotent, so any number of instances is safe.
 */
@Injectable()
export class AuditRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditRetention');
  private stop: (() => void) | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = startHourlyJob('audit prune', () => this.prune(), this.logger);
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  async retentionDays(organizationId: string): Promise<number> {
    const [{ days }] = await this.db.query<Array<{ days: number }>>(`SELECT audit_retention_days AS days FROM organizations WHERE id = $1`, [organizationId]);
    return days;
  }

  setRetentionDays(principal: Principal, days: number): Promise<number> {
    return this.db.transaction(async (db) => {
      const [[row]] = await db.query<[Array<{ previous: number }>, number]>(
        `UPDATE organizations o SET audit_retention_days = $2, updated_at = now()
           FROM (SELECT audit_retention_days AS previous FROM organizations WHERE id = $1 FOR UPDATE) old
          WHERE o.id = $1 RETURNING old.previous`,
        [principal.organizationId, days],
      );
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'organization.settings_changed',
          target: { type: 'organization', id: principal.organizationId },
          details: { auditRetentionDays: days, previousAuditRetentionDays: row.previous },
        },
        db,
      );
      return days;
    });
  }

  /** Deletes what each organization no longer keeps and records how much; 0 when another instance is at it. */
  prune(): Promise<number> {
    return this.db.transaction(async (db) => {
      const [{ locked }] = await db.query<Array<{ locked: boolean }>>(`SELECT pg_try_advisory_xact_lock(hashtext('panelist:audit-prune')) AS locked`);
      if (!locked) return 0;
      await db.query(`SET LOCAL panelist.audit_maintenance = 'on'`);
      const pruned = await db.query<Array<{ organization_id: string; removed: number }>>(
        `WITH removed AS (
           DELETE FROM audit_events e USING organizations o
            WHERE o.id = e.organization_id AND e.occurred_at < now() - make_interval(days => o.audit_retention_days)
           RETURNING e.organization_id
         )
         SELECT organization_id, count(*)::int AS removed FROM removed GROUP BY organization_id`,
      );
      await this.audit.recordMany(
        pruned.map((row) => ({ organizationId: row.organization_id, action: 'audit.pruned' as const, actorLabel: 'retention job', details: { removed: row.removed } })),
        db,
      );
      return pruned.reduce((sum, row) => sum + row.removed, 0);
    });
  }
}
