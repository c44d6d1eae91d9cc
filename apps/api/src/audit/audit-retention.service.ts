import { Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../common/auth/principal';
import { AppError } from '../common/errors/app-error';
import { AuditService } from './audit.service';
import { JobQueue } from '../common/jobs/job-queue';
import * as audit from './audit.repository';

/**
 * Prunes audit events past each organization's retention (default two years). Every API instance
 * runs the prune hourly (a pg-boss schedule: one instance sends it per slot); a transaction-level
 * advisory lock lets one do the work at a time, and the DELETE is idempotent, so any number of instances is safe.
 */
@Injectable()
export class AuditRetentionService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    // Absent in the command-line tools (bank import, benches), which run no scheduled jobs.
    @Optional() private readonly jobs?: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs?.register('audit-prune', { handler: () => this.prune(), cron: '7 * * * *' });
  }

  async retentionDays(organizationId: string): Promise<number> {
    const days = await audit.findRetentionDays(this.db, organizationId);
    if (days === undefined) throw AppError.notFound('That organization', 'organizationId');
    return days;
  }

  setRetentionDays(principal: Principal, days: number): Promise<number> {
    return this.db.transaction(async (db) => {
      const previous = await audit.updateRetentionDays(db, principal.organizationId, days);
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'organization.settings_changed',
          target: { type: 'organization', id: principal.organizationId },
          details: { auditRetentionDays: days, previousAuditRetentionDays: previous ?? null },
        },
        db,
      );
      return days;
    });
  }

  /** Deletes what each organization no longer keeps and records how much; 0 when another instance is at it. */
  prune(): Promise<number> {
    return this.db.transaction(async (db) => {
      const pruned = await audit.prune(db);
      if (!pruned) return 0;
      await this.audit.recordMany(
        pruned.map((row) => ({
          organizationId: row.organizationId,
          action: 'audit.pruned' as const,
          actorLabel: 'retention job',
          details: { removed: row.removed },
        })),
        db,
      );
      return pruned.reduce((sum, row) => sum + row.removed, 0);
    });
  }
}
