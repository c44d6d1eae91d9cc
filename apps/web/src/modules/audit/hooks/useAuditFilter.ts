import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filterFromSearch, searchFromFilter, type AuditFilterValues } from '../utils/audit-filter';

/**
 * The Audit page's filters, kept in the query string: a reload, a bookmark or a link to a colleague
 * shows the same slice of the trail, and Back undoes a filter change.
 */
export function useAuditFilter(): { filter: AuditFilterValues; setFilter: (next: AuditFilterValues) => void } {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromSearch(params), [params]);
  const setFilter = useCallback((next: AuditFilterValues) => setParams(searchFromFilter(next)), [setParams]);
  return { filter, setFilter };
}
