import type { Problem } from '../../errors';
import { fromDateTimeLocal, toDateTimeLocal } from './interview-time';

export const MAX_PANEL = 8;
export const SCHEDULE_FIELDS = ['source', 'scheduledAt', 'durationMinutes', 'interviewerIds'] as const;

/** What the schedule form holds. `source` is "round:<id>" or "kit:<id>" (a kit outside the job's rounds). */
export interface ScheduleValues {
  source: string;
  scheduledAt: string;
  durationMinutes: string;
  interviewerIds: string[];
}

export const EMPTY_SCHEDULE: ScheduleValues = { source: '', scheduledAt: '', durationMinutes: '', interviewerIds: [] };

export function valuesFromInterview(interview: {
  scheduledAt: string;
  durationMinutes: number;
  panel: ReadonlyArray<{ interviewer: { userId: string } }>;
}): ScheduleValues {
  return {
    source: '',
    scheduledAt: toDateTimeLocal(interview.scheduledAt),
    durationMinutes: String(interview.durationMinutes),
    interviewerIds: interview.panel.map((seat) => seat.interviewer.userId),
  };
}

export function parseSource(source: string): { roundId: string | null; kitId: string | null } {
  if (source.startsWith('round:')) return { roundId: source.slice('round:'.length), kitId: null };
  if (source.startsWith('kit:')) return { roundId: null, kitId: source.slice('kit:'.length) };
  return { roundId: null, kitId: null };
}

const bad = (field: (typeof SCHEDULE_FIELDS)[number], message: string): Problem => ({ code: 'BAD_USER_INPUT', field, message });

/** The first problem, in the order of the form, before anything is sent. */
export function checkSchedule(values: ScheduleValues, { needsSource }: { needsSource: boolean }): Problem | null {
  if (needsSource && !values.source) return bad('source', 'Choose a round of the job or a kit.');
  if (!values.scheduledAt.trim()) return bad('scheduledAt', 'Choose the date and time of the interview.');
  if (!fromDateTimeLocal(values.scheduledAt)) return bad('scheduledAt', 'Enter a date and time, e.g. 2026-11-03 10:00.');
  if (values.durationMinutes.trim()) {
    const minutes = Number(values.durationMinutes);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 480) return bad('durationMinutes', 'An interview lasts 5 to 480 minutes.');
  }
  if (values.interviewerIds.length === 0) return bad('interviewerIds', 'Choose at least one interviewer.');
  if (values.interviewerIds.length > MAX_PANEL) return bad('interviewerIds', `A panel has at most ${MAX_PANEL} interviewers.`);
  return null;
}

/** The fields both scheduling and rescheduling send; call after `checkSchedule` passed. */
export function toPlan(values: ScheduleValues): { scheduledAt: string; durationMinutes: number | null; interviewerIds: string[] } {
  return {
    scheduledAt: fromDateTimeLocal(values.scheduledAt) ?? values.scheduledAt,
    durationMinutes: values.durationMinutes.trim() ? Number(values.durationMinutes) : null,
    interviewerIds: values.interviewerIds,
  };
}

/** The API names roundId / kitId / interviewerIds.3; the form shows them at its own fields. */
export function scheduleField(apiField: string | null | undefined): string | null {
  if (!apiField) return null;
  const head = apiField.split('.')[0];
  if (head === 'roundId' || head === 'kitId') return 'source';
  return head;
}

/**
 * The kits offered besides the job's rounds: not those a round already uses (they would appear twice
 * under near-identical names), so "another kit" really is another one.
 */
export function otherKits<K extends { id: string }>(kits: readonly K[], rounds: ReadonlyArray<{ kit: { id: string } }>): K[] {
  const used = new Set(rounds.map((round) => round.kit.id));
  return kits.filter((kit) => !used.has(kit.id));
}
