import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { safeCsv } from '../common/csv/safe-csv';
import type { AuditEventPageDto } from './dtos/audit-event.dto';
import type { AuditFilterInput } from './dtos/audit-filter.input';
import * as audit from './audit.repository';
import type { AuditRow } from './audit.repository';

/** At most this many rows in one CSV export: narrow the filter (dates) for more. */
export const AUDIT_CSV_LIMIT = 50_000;

const encodeCursor = (row: AuditRow) => Buffer.from(`${new Date(row.occurredAt).toISOString()}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !/^\d+$/.test(id ?? '') || Number.isNaN(Date.parse(at)))
    throw AppError.badInput('after', 'After must be a cursor this query returned.');
  return [at, id];
}

const detailsOf = (details: Record<string, unknown>) =>
  Object.entries(details).map(([key, value]) => ({ key, value: Array.isArray(value) ? value.join(', ') : String(value) }));

/** Reading the trail: keyset pages, newest first, and CSV; always within the caller's organization. */
@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(organizationId: string, filter: AuditFilterInput, first: number, after: string | null): Promise<AuditEventPageDto> {
    const [afterAt, afterId] = after ? decodeCursor(after) : [null, null];
    const rows = await audit.selectEvents(this.db, organizationId, this.filter(filter), { afterAt, afterId, limit: first + 1 });
    const events = rows.slice(0, first);
    return {
      events: events.map((row) => ({ ...row, details: detailsOf(row.details) })),
      nextCursor: rows.length > first ? encodeCursor(events[events.length - 1]) : null,
    };
  }

  async csv(organizationId: string, filter: AuditFilterInput): Promise<string> {
    const rows = await audit.selectEvents(this.db, organizationId, this.filter(filter), {
      afterAt: null,
      afterId: null,
      limit: AUDIT_CSV_LIMIT,
    });
    const header = ['When (UTC)', 'Who', 'Actor id', 'Action', 'Target type', 'Target id', 'Details', 'Request id', 'Address'];
    return safeCsv([
      header,
      ...rows.map((row) => [
        new Date(row.occurredAt).toISOString(),
        row.actorLabel,
        row.actorId,
        row.action,
        row.targetType,
        row.targetId,
        detailsOf(row.details)
          .map(({ key, value }) => `${key}=${value}`)
          .join('; '),
        row.requestId,
        row.ipAddress,
      ]),
    ]);
  }

  private filter(filter: AuditFilterInput): audit.AuditFilter {
    return {
      actorId: filter.actorId ?? null,
      action: filter.action ?? null,
      targetType: filter.targetType ?? null,
      targetId: filter.targetId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    };
  }
}
