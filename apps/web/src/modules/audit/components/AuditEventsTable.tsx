import { Link } from 'react-router';
import type { AuditEventFieldsFragment } from '../../../generated/graphql';
import { DataTable, formatDateTime } from '../../ui';
import { searchFromFilter, EMPTY_AUDIT_FILTER } from '../utils/audit-filter';
import { actionLabel, detailLabel, detailValue, targetHref, targetTypeLabel } from '../utils/audit-labels';

interface AuditEventsTableProps {
  events: readonly AuditEventFieldsFragment[];
  /** Account id → member name, so people show by name rather than by the email the trail keeps. */
  names: ReadonlyMap<string, string>;
  caption: string;
}

function Who({ event, names }: { event: AuditEventFieldsFragment; names: ReadonlyMap<string, string> }) {
  const name = event.actorId ? names.get(event.actorId) : undefined;
  if (!event.actorId) {
    // The system (a retention job, the command line) or a sign-in attempt of no known account.
    return <span className="audit-who audit-who--system">{event.actorLabel || 'System'}</span>;
  }
  return (
    <span className="audit-who">
      <span>{name ?? event.actorLabel}</span>
      {name && event.actorLabel && event.actorLabel !== name ? <span className="muted small cell-email">{event.actorLabel}</span> : null}
    </span>
  );
}

function Target({ type, id }: { type: string | null; id: string | null }) {
  if (!type) return <span className="muted">–</span>;
  const label = targetTypeLabel(type);
  if (!id) return <span>{label}</span>;
  const href = targetHref(type, id);
  const onlyThis = `?${searchFromFilter({ ...EMPTY_AUDIT_FILTER, targetType: type, targetId: id }).toString()}`;
  return (
    <span className="audit-target">
      {href ? <Link to={href}>{label}</Link> : <span>{label}</span>}
      <span className="cell-mono small" title={id}>
        {id.length > 12 ? `${id.slice(0, 8)}…` : id}
      </span>
      <Link to={onlyThis} className="small">
        Only this {label.toLowerCase()}
      </Link>
    </span>
  );
}

const COLUMNS = ['When', 'Who', 'Action', 'Target', 'Details', 'Address'];

/** The trail, newest first: when, who, what in plain words, about what, the facts recorded, and from where. */
export function AuditEventsTable({ events, names, caption }: AuditEventsTableProps) {
  return (
    <DataTable
      caption={caption}
      columns={COLUMNS}
      rows={events}
      rowKey={(event) => event.id}
      variant="table--compact table--audit"
      testId="audit-table"
      rowProps={(event) => ({ 'data-testid': 'audit-row', 'data-action': event.action })}
      cells={(event) => (
        <>
          <td className="cell-nowrap">
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
          </td>
          <td>
            <Who event={event} names={names} />
          </td>
          <th scope="row" tabIndex={-1}>
            <span className="audit-action">
              <span>{actionLabel(event.action)}</span>
              <span className="audit-code">{event.action}</span>
            </span>
          </th>
          <td>
            <Target type={event.targetType} id={event.targetId} />
          </td>
          <td>
            {event.details.length > 0 ? (
              <dl className="audit-details">
                {event.details.map((detail) => (
                  <div key={detail.key}>
                    <dt>{detailLabel(detail.key)}</dt>
                    <dd>{detail.value === '' ? <span className="muted">(blank)</span> : detailValue(detail.key, detail.value)}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <span className="muted">–</span>
            )}
          </td>
          <td>
            <span className="audit-address">
              <span className="cell-mono">{event.ipAddress ?? '–'}</span>
              {event.requestId ? (
                <span className="muted small cell-mono" title={`Request ${event.requestId}`}>
                  req {event.requestId.slice(0, 8)}
                </span>
              ) : null}
            </span>
          </td>
        </>
      )}
    />
  );
}
