import type { AuditFilterInput } from '../../../generated/graphql';

/** The Audit page's filters as the form and the URL hold them: plain strings, '' for "any". */
export interface AuditFilterValues {
  /** The account that acted (a member's userId). */
  person: string;
  action: string;
  targetType: string;
  targetId: string;
  /** A calendar day, YYYY-MM-DD, in the browser's time zone; the trail from its start. */
  from: string;
  /** A calendar day, YYYY-MM-DD; the trail up to its end (inclusive). */
  to: string;
}

export type AuditFilterField = keyof AuditFilterValues;

export const AUDIT_FILTER_FIELDS: readonly AuditFilterField[] = ['person', 'action', 'targetType', 'targetId', 'from', 'to'];

export const EMPTY_AUDIT_FILTER: AuditFilterValues = { person: '', action: '', targetType: '', targetId: '', from: '', to: '' };

/** The API's limits (AuditFilterInput). */
export const MAX_TARGET_TYPE = 60;
export const MAX_TARGET_ID = 100;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD string that names a real day. */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** Local midnight at the start of the day, `offset` days later. */
function startOfDay(value: string, offset = 0): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day + offset);
}

/**
 * The filters in the URL (?person=&action=&targetType=&targetId=&from=&to=). Anything malformed a
 * hand-edited address may carry (a date that is no date, an overlong id) is left out, not sent.
 */
export function filterFromSearch(search: URLSearchParams): AuditFilterValues {
  const text = (name: string, max = 200) => {
    const value = (search.get(name) ?? '').trim();
    return value.length <= max ? value : '';
  };
  const day = (name: string) => {
    const value = text(name);
    return isDay(value) ? value : '';
  };
  return {
    person: text('person'),
    action: text('action'),
    targetType: text('targetType', MAX_TARGET_TYPE),
    targetId: text('targetId', MAX_TARGET_ID),
    from: day('from'),
    to: day('to'),
  };
}

/** The URL query for the filters; empty ones are left out so a clean trail has a clean address. */
export function searchFromFilter(values: AuditFilterValues): URLSearchParams {
  const search = new URLSearchParams();
  for (const field of AUDIT_FILTER_FIELDS) {
    const value = values[field].trim();
    if (value) search.set(field, value);
  }
  return search;
}

/** The filter the API takes: days become instants (from the start of `from` to the end of `to`). */
export function filterInput(values: AuditFilterValues): AuditFilterInput {
  const input: AuditFilterInput = {};
  if (values.person) input.actorId = values.person;
  if (values.action) input.action = values.action;
  if (values.targetType.trim()) input.targetType = values.targetType.trim();
  if (values.targetId.trim()) input.targetId = values.targetId.trim();
  if (values.from) input.from = startOfDay(values.from).toISOString();
  if (values.to) input.to = startOfDay(values.to, 1).toISOString();
  return input;
}

export function isFiltered(values: AuditFilterValues): boolean {
  return AUDIT_FILTER_FIELDS.some((field) => values[field].trim() !== '');
}

export interface FilterProblem {
  field: AuditFilterField;
  message: string;
}

/** What the form checks before it changes the URL; the API checks the same again. */
export function filterProblems(values: AuditFilterValues): FilterProblem[] {
  const problems: FilterProblem[] = [];
  if (values.targetType.trim().length > MAX_TARGET_TYPE)
    problems.push({ field: 'targetType', message: `Target type must be at most ${MAX_TARGET_TYPE} characters.` });
  if (values.targetId.trim().length > MAX_TARGET_ID)
    problems.push({ field: 'targetId', message: `Target id must be at most ${MAX_TARGET_ID} characters.` });
  if (values.from && !isDay(values.from)) problems.push({ field: 'from', message: 'Enter the first day as a date, e.g. 2026-03-01.' });
  if (values.to && !isDay(values.to)) problems.push({ field: 'to', message: 'Enter the last day as a date, e.g. 2026-03-31.' });
  if (isDay(values.from) && isDay(values.to) && values.to < values.from)
    problems.push({ field: 'to', message: 'The last day must be on or after the first day.' });
  return problems;
}
