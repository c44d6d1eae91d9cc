import { execute, first, rows, sql, type Queryable } from '../common/database/typed-sql';
import type {
  IFindForeignIdsQuery,
  IInsertAuditEventsQuery,
  ILockAuditPruneQuery,
  IPruneAuditEventsQuery,
  IRetentionDaysQuery,
  ISelectAuditEventsQuery,
  ISetAuditMaintenanceQuery,
  ISetRetentionDaysQuery,
  Json,
} from './audit.repository.types';

export interface AuditEventRow {
  organizationId: string | null;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, string | number | boolean | null | string[]>;
}

/** The actor's email stands in when no label is given. */
const insertAuditEvents = sql<IInsertAuditEventsQuery>`
  INSERT INTO audit_events (organization_id, actor_id, actor_label, action, target_type, target_id, request_id, ip_address, details)
  SELECT e.organization_id, e.actor_id, coalesce(e.actor_label, u.email, ''), e.action, e.target_type, e.target_id, $requestId, $ipAddress, e.details
    FROM jsonb_to_recordset($events!::jsonb) AS e(organization_id uuid, actor_id uuid, actor_label text, action text, target_type text, target_id text, details jsonb)
    LEFT JOIN users u ON u.id = e.actor_id`;

/** One statement for any number of events. */
export async function insertEvents(
  db: Queryable,
  events: AuditEventRow[],
  scope: { requestId: string | null; ipAddress: string | null },
): Promise<void> {
  const json = events.map((event) => ({
    organization_id: event.organizationId,
    actor_id: event.actorId,
    actor_label: event.actorLabel,
    action: event.action,
    target_type: event.targetType,
    target_id: event.targetId,
    details: event.details,
  }));
  await execute(db, insertAuditEvents, { events: JSON.stringify(json), ...scope });
}

/** Every filter is optional: `$x IS NULL OR column = $x` keeps it one statement with one plan shape. */
const selectAuditEvents = sql<ISelectAuditEventsQuery>`
  SELECT id::text AS "id!", occurred_at AS "occurredAt", actor_id AS "actorId", actor_label AS "actorLabel", action,
         target_type AS "targetType", target_id AS "targetId", request_id AS "requestId", ip_address AS "ipAddress", details
    FROM audit_events
   WHERE organization_id = $organizationId!
     AND ($actorId::uuid IS NULL OR actor_id = $actorId) AND ($action::text IS NULL OR action = $action)
     AND ($targetType::text IS NULL OR target_type = $targetType) AND ($targetId::text IS NULL OR target_id = $targetId)
     AND ($from::timestamptz IS NULL OR occurred_at >= $from) AND ($to::timestamptz IS NULL OR occurred_at < $to)
     AND ($afterAt::timestamptz IS NULL OR (occurred_at, id) < ($afterAt, $afterId::bigint))
   ORDER BY occurred_at DESC, id DESC
   LIMIT $limit!`;

export interface AuditFilter {
  actorId: string | null;
  action: string | null;
  targetType: string | null;
  targetId: string | null;
  from: Date | null;
  to: Date | null;
}

export type AuditRow = Omit<Awaited<ReturnType<typeof selectAuditEvents.run>>[number], 'details'> & { details: Record<string, unknown> };

/** details is always a JSON object (insertEvents writes one). */
function detailsObject(details: Json): Record<string, unknown> {
  return details !== null && typeof details === 'object' && !Array.isArray(details) ? details : {};
}

/** Newest first, after the keyset cursor (occurred_at, id) when given. */
export async function selectEvents(
  db: Queryable,
  organizationId: string,
  filter: AuditFilter,
  page: { afterAt: string | null; afterId: string | null; limit: number },
): Promise<AuditRow[]> {
  const found = await rows(db, selectAuditEvents, { organizationId, ...filter, ...page });
  return found.map((row) => ({ ...row, details: detailsObject(row.details) }));
}

const retentionDays = sql<IRetentionDaysQuery>`SELECT audit_retention_days AS days FROM organizations WHERE id = $organizationId!`;

export async function findRetentionDays(db: Queryable, organizationId: string): Promise<number | undefined> {
  return (await first(db, retentionDays, { organizationId }))?.days;
}

const setRetentionDays = sql<ISetRetentionDaysQuery>`
  UPDATE organizations o SET audit_retention_days = $days!, updated_at = now()
    FROM (SELECT audit_retention_days AS previous FROM organizations WHERE id = $organizationId! FOR UPDATE) old
   WHERE o.id = $organizationId! RETURNING old.previous`;

/** Answers the previous number of days. */
export async function updateRetentionDays(db: Queryable, organizationId: string, days: number): Promise<number | undefined> {
  return (await first(db, setRetentionDays, { organizationId, days }))?.previous;
}

const lockAuditPrune = sql<ILockAuditPruneQuery>`SELECT pg_try_advisory_xact_lock(hashtext('panelist:audit-prune')) AS "locked!"`;

const setAuditMaintenance = sql<ISetAuditMaintenanceQuery>`SET LOCAL panelist.audit_maintenance = 'on'`;

const pruneAuditEvents = sql<IPruneAuditEventsQuery>`
  WITH removed AS (
    DELETE FROM audit_events e USING organizations o
     WHERE o.id = e.organization_id AND e.occurred_at < now() - make_interval(days => o.audit_retention_days)
    RETURNING e.organization_id
  )
  SELECT organization_id AS "organizationId!", count(*)::int AS "removed!" FROM removed GROUP BY organization_id`;

/**
 * In the caller's transaction: deletes what each organization no longer keeps and answers how many
 * per organization, or null when another instance holds the prune lock.
 */
export async function prune(db: Queryable): Promise<Array<{ organizationId: string; removed: number }> | null> {
  const [{ locked }] = await rows(db, lockAuditPrune, undefined);
  if (!locked) return null;
  await execute(db, setAuditMaintenance, undefined);
  return rows(db, pruneAuditEvents, undefined);
}

/** The tables whose ids people ask for by id: which of the ids belong to another organization. */
const findForeignIds = sql<IFindForeignIdsQuery>`
  SELECT kind AS "kind!", id::text AS "id!" FROM (
      SELECT 'job' AS kind, id, organization_id FROM jobs
      UNION ALL SELECT 'candidate', id, organization_id FROM candidates
      UNION ALL SELECT 'loop', id, organization_id FROM interview_loops
      UNION ALL SELECT 'interview', id, organization_id FROM interviews
      UNION ALL SELECT 'scorecard', id, organization_id FROM scorecards
      UNION ALL SELECT 'kit', id, organization_id FROM kits
      UNION ALL SELECT 'question', id, organization_id FROM questions
      UNION ALL SELECT 'member', id, organization_id FROM memberships
      UNION ALL SELECT 'bank_import', id, organization_id FROM bank_imports
      UNION ALL SELECT 'organization', id, id FROM organizations
    ) owned
   WHERE id = ANY($ids!::uuid[]) AND organization_id <> $organizationId!`;

export function foreignIds(db: Queryable, ids: string[], organizationId: string): Promise<Array<{ kind: string; id: string }>> {
  return rows(db, findForeignIds, { ids, organizationId });
}
