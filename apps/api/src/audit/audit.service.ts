import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { currentRequestScope } from '../common/http/request-scope';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { AuditAction } from './audit-actions';
import { insertEvents } from './audit.repository';

export interface AuditEvent {
  /** Null only when no organization can be named (a failed sign-in of an unknown email). */
  organizationId: string | null;
  /** Who acted; omitted for the system (jobs, the operator's CLI). */
  actorId?: string | null;
  /** Shown instead of the actor's email when there is no account (a hashed email). */
  actorLabel?: string;
  action: AuditAction;
  target?: { type: string; id: string };
  /** A few facts about the change; never passwords, tokens, notes or other free text about candidates. */
  details?: Record<string, string | number | boolean | null | string[]>;
}

/** What stands for an email nobody has an account for: enough to group attempts, not to read it. */
export const hashedEmail = (email: string) =>
  `sha256:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)}`;

/** Keys that must never reach the trail, whatever a caller passes. */
const SECRET_KEY = /password|token|secret|notes?$|summary|rationale/i;

/**
 * Writes audit events in the caller's transaction, so the trail records a change exactly when the
 * change commits, and mirrors each as one structured log line.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    /** Absent in the command-line tools, which print their own output and no log lines. */
    @Optional() @Inject(APP_CONFIG) private readonly config?: AppConfig,
  ) {}

  async record(event: AuditEvent, db: EntityManager = this.db.manager): Promise<void> {
    await this.recordMany([event], db);
  }

  async recordMany(events: AuditEvent[], db: EntityManager = this.db.manager): Promise<void> {
    if (events.length === 0) return;
    const scope = currentRequestScope();
    const rows = events.map((event) => ({ ...event, details: withoutSecrets(event.details ?? {}) }));
    await insertEvents(
      db,
      rows.map((event) => ({
        organizationId: event.organizationId,
        actorId: event.actorId ?? null,
        actorLabel: event.actorLabel ?? null,
        action: event.action,
        targetType: event.target?.type ?? null,
        targetId: event.target?.id ?? null,
        details: event.details,
      })),
      { requestId: scope?.requestId ?? null, ipAddress: scope?.ipAddress ?? null },
    );
    if (!this.config?.auditLog) return;
    for (const event of rows) {
      // One JSON line per event on stdout, whatever Nest's log level: log shippers read these.
      process.stdout.write(
        `${JSON.stringify({
          level: 'info',
          time: new Date().toISOString(),
          event: 'audit',
          action: event.action,
          organizationId: event.organizationId,
          actorId: event.actorId ?? null,
          actorLabel: event.actorLabel ?? null,
          target: event.target ?? null,
          requestId: scope?.requestId ?? null,
          ip: scope?.ipAddress ?? null,
          details: event.details,
        })}\n`,
      );
    }
  }
}

function withoutSecrets(details: NonNullable<AuditEvent['details']>): NonNullable<AuditEvent['details']> {
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET_KEY.test(key)));
}
