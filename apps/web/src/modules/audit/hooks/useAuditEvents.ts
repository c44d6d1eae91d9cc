import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AuditEventsDocument, type AuditFilterInput } from '../../../generated/graphql';
import { describeError } from '../../errors';

/** Events per page; "Load older" asks for the next page after the last one shown. */
export const AUDIT_PAGE_SIZE = 50;

/**
 * The trail for a filter, newest first, a keyset page at a time. Older pages are appended to the
 * cached first page, so the table grows in place.
 */
export function useAuditEvents(filter: AuditFilterInput) {
  const query = useQuery(AuditEventsDocument, {
    variables: { filter, first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<string | null>(null);
  // While another filter's first page loads, the last one stays on screen (dimmed) rather than a spinner.
  const page = query.data?.auditEvents;
  const shown = page ?? query.previousData?.auditEvents;

  /** Loads the next older page; resolves to how many events it added. */
  async function loadOlder(): Promise<number> {
    const after = page?.nextCursor;
    if (!after) return 0;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const { data } = await query.fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditEvents: { ...fetchMoreResult.auditEvents, events: [...previous.auditEvents.events, ...fetchMoreResult.auditEvents.events] },
        }),
      });
      return data?.auditEvents.events.length ?? 0;
    } catch (error) {
      setOlderError(describeError(error).message);
      return 0;
    } finally {
      setLoadingOlder(false);
    }
  }

  return {
    events: shown?.events ?? null,
    /** The events on screen belong to the previous filter; the new one is loading. */
    stale: !page && Boolean(shown),
    hasOlder: Boolean(page?.nextCursor),
    error: query.error,
    loading: query.loading,
    loadOlder,
    loadingOlder,
    olderError,
  };
}
