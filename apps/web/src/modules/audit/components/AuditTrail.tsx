import { useQuery } from '@apollo/client/react';
import { useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AuditFilterOptionsDocument, AuditSettingsDocument } from '../../../generated/graphql';
import { plural } from '../../format';
import { describeError } from '../../errors';
import { Alert, LoadingState, PageHeading } from '../../ui';
import { useAuditEvents } from '../hooks/useAuditEvents';
import { useAuditFilter } from '../hooks/useAuditFilter';
import { AUDIT_FILTER_FIELDS, filterInput, isFiltered, type AuditFilterField, type FilterProblem } from '../utils/audit-filter';
import { AuditCsvButton } from './AuditCsvButton';
import { AuditEventsTable } from './AuditEventsTable';
import { AuditFilters } from './AuditFilters';
import { describeRetentionDays } from './AuditRetentionForm';

/** The API names filter fields as AuditFilterInput does; the form calls the actor "person". */
function filterProblemOf(error: unknown): FilterProblem | null {
  if (!error) return null;
  const problem = describeError(error);
  const field = (problem.field === 'actorId' ? 'person' : problem.field) as AuditFilterField | null;
  return field && AUDIT_FILTER_FIELDS.includes(field) ? { field, message: problem.message } : null;
}

/** The audit trail: its heading, filters kept in the address, the events with older pages, and the CSV. */
export function AuditTrail() {
  const { filter, setFilter } = useAuditFilter();
  const [search] = useSearchParams();
  const input = useMemo(() => filterInput(filter), [filter]);
  const filtered = isFiltered(filter);
  const options = useQuery(AuditFilterOptionsDocument);
  const settings = useQuery(AuditSettingsDocument);
  const trail = useAuditEvents(input);
  const [announcement, setAnnouncement] = useState('');
  const tableRef = useRef<HTMLDivElement>(null);

  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const member of options.data?.members ?? []) if (member.userId) map.set(member.userId, member.name);
    return map;
  }, [options.data]);

  const fieldProblem = filterProblemOf(trail.error);
  const retentionDays = settings.data?.auditSettings.retentionDays;

  async function loadOlder() {
    setAnnouncement('');
    const firstNew = trail.events?.length ?? 0;
    const added = await trail.loadOlder();
    if (added === 0) return;
    setAnnouncement(`Loaded ${plural(added, 'older event')}.`);
    // Keyboard users continue where the older events start (the button may be gone: no more pages).
    requestAnimationFrame(() => tableRef.current?.querySelectorAll<HTMLElement>('tbody th')[firstNew]?.focus());
  }

  return (
    <>
      <header className="page__header page__header--split">
        <div className="page__header-text">
          <PageHeading title="Audit trail">Audit trail</PageHeading>
          <p className="lead">
            Who did what in this organization, newest first: sign-ins, members, settings, kits, scorecards, decisions and candidates’ data.
          </p>
          {retentionDays !== undefined ? (
            <p className="muted small">
              Events are kept for {describeRetentionDays(retentionDays)}; change it under <Link to="/settings">Settings</Link>, Data
              retention.
            </p>
          ) : null}
        </div>
        <div className="page__actions">
          <AuditCsvButton filter={input} filtered={filtered} />
        </div>
      </header>

      {options.error && !options.data ? <Alert tone="error">{describeError(options.error).message}</Alert> : null}
      {/* Keyed by the address: Back or a link to another slice of the trail resets the form to it. */}
      <AuditFilters
        key={search.toString()}
        filter={filter}
        actions={options.data?.auditActions ?? []}
        members={options.data?.members ?? []}
        problem={fieldProblem}
        onApply={setFilter}
      />

      <section className="audit-results" aria-labelledby="audit-results-heading" aria-busy={trail.loading || undefined}>
        <h2 id="audit-results-heading" className="visually-hidden">
          Events
        </h2>
        {trail.error && !trail.events ? (
          <Alert tone="error">
            {fieldProblem ? `The filters could not be applied: ${fieldProblem.message}` : describeError(trail.error).message}
          </Alert>
        ) : !trail.events ? (
          <LoadingState label="Loading the audit trail…" />
        ) : trail.events.length === 0 && !trail.stale ? (
          <div className="empty-state">
            <h3>{filtered ? 'No events match these filters' : 'No events yet'}</h3>
            <p className="muted">
              {filtered ? 'Widen the days or clear a filter.' : 'Sign-ins, member changes and other actions appear here as they happen.'}
            </p>
          </div>
        ) : (
          <>
            <p className="muted small" data-testid="audit-count">
              {plural(trail.events.length, 'event')} shown{filtered ? ' matching the filters' : ''}
              {trail.hasOlder ? '; older ones follow.' : '.'}
            </p>
            <div ref={tableRef} className={`card card--flush table-wrap${trail.stale ? ' is-refreshing' : ''}`}>
              <AuditEventsTable
                events={trail.events}
                names={names}
                caption={filtered ? 'Audit events matching the filters, newest first' : 'Audit events, newest first'}
              />
            </div>
            <div className="results-footer">
              {trail.hasOlder ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => void loadOlder()}
                  disabled={trail.loadingOlder}
                  aria-busy={trail.loadingOlder || undefined}
                >
                  {trail.loadingOlder ? 'Loading older events…' : 'Load older'}
                </button>
              ) : (
                <p className="muted small">
                  {trail.stale ? '' : filtered ? 'That is the oldest matching event kept.' : 'That is the oldest event kept.'}
                </p>
              )}
            </div>
            {trail.olderError ? <Alert tone="error">Older events could not be loaded: {trail.olderError}</Alert> : null}
          </>
        )}
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </section>
    </>
  );
}
