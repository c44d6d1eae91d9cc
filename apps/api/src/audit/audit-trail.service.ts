import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { safeCsv } from '../common/csv/safe-csv';
import type { AuditEventDto, AuditEventPageDto } from './dtos/audit-event.dto';
import type { AuditFilterInput } from './dtos/audit-filter.input';

/** At most this many rows in one CSV export: narrow the filter (dates) for more. */
export const AUDIT_CSV_LIMIT = 50_000;

interface AuditRow extends Omit<AuditEventDto, 'details'> {
  details: Record<string, unknown>;
}

const COLUMNS = `id::text, occurred_at AS "occurredAt", actor_id AS "actorId", actor_label AS "actorLabel", action,
  target_type AS "targetType", target_id AS "targetId", request_id AS "requestId", ip_address AS "ipAddress", details`;

/** Every filter is optional: `$n IS NULL OR column = $n` keeps it one statement with one plan shape. */
const WHERE = `organization_id = $1
  AND ($2::uuid IS NULL OR actor_id = $2) AND ($3::text IS NULL OR action = $3)
  AND ($4::text IS NULL OR target_type = $4) AND ($5::text IS NULL OR target_id = $5)
  AND ($6::timestamptz IS NULL OR occurred_at >= $6) AND ($7::timestamptz IS NULL OR occurred_at < $7)`;

const encodeCursor = (row: AuditRow) => Buffer.from(`${new Date(row.occurredAt).toISOString()}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !/^\d+$/.test(id ?? '') || Number.isNaN(Date.parse(at))) throw AppError.badInput('after', 'After must be a cursor this query returned.');
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
    const rows = await this.db.query<AuditRow[]>(
      `SELECT ${COLUMNS} FROM audit_events
        WHERE ${WHERE} AND ($8::timestamptz IS NULL OR (occurred_at, id) < ($8, $9::bigint))
        ORDER BY occurred_at DESC, id DESC LIMIT $10`,
      [...this.params(organizationId, filter), afterAt, afterId, first + 1],
    );
    const events = rows.slice(0, first);
    return {
      events: events.map((row) => ({ ...row, details: detailsOf(row.details) })),
      nextCursor: rows.length > first ? encodeCursor(events[events.length - 1]) : null,
    };
  }

  async csv(organizationId: string, filter: AuditFilterInput): Promise<string> {
    const rows = await this.db.query<AuditRow[]>(
      `SELECT ${COLUMNS} FROM audit_events WHERE ${WHERE} ORDER BY occurred_at DESC, id DESC LIMIT ${AUDIT_CSV_LIMIT}`,
      this.params(organizationId, filter),
    );
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
        detailsOf(row.details).map(({ key, value }) => `${key}=${value}`).join('; '),
        row.requestId,
        row.ipAddress,
      ]),
    ]);
  }

  private params(organizationId: string, filter: AuditFilterInput): unknown[] {
    return [organizationId, filter.actorId ?? null, filter.action ?? null, filter.targetType ?? null, filter.targetId ?? null, filter.from ?? null, filter.to ?? null];
  }
}
