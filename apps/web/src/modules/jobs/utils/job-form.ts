import type { JobDetailFragment, JobInput, JobStatus } from '../../../generated/graphql';

export interface RoundDraft {
  /** Stable React key; rounds move up and down. */
  key: string;
  /** The saved round's id: keeping it keeps its scheduled interviews linked. */
  id: string | null;
  name: string;
  kitId: string;
}

export interface JobFormValues {
  title: string;
  team: string;
  hiringManagerId: string;
  status: JobStatus;
  rounds: RoundDraft[];
}

export const MAX_ROUNDS = 12;

let nextKey = 0;
export function newRoundKey(): string {
  nextKey += 1;
  return `round-${nextKey}`;
}

export function emptyRound(): RoundDraft {
  return { key: newRoundKey(), id: null, name: '', kitId: '' };
}

export function jobFormValues(job: JobDetailFragment | null): JobFormValues {
  if (!job) return { title: '', team: '', hiringManagerId: '', status: 'OPEN', rounds: [] };
  return {
    title: job.title,
    team: job.team,
    hiringManagerId: job.hiringManager.userId,
    status: job.status,
    rounds: [...job.rounds]
      .sort((a, b) => a.position - b.position)
      .map((round) => ({ key: round.id, id: round.id, name: round.name, kitId: round.kit.id })),
  };
}

/** Every local problem at once, by the API's field path (title, rounds.0.kitId...). */
export function checkJob(values: JobFormValues): Map<string, string> {
  const problems = new Map<string, string>();
  if (!values.title.trim()) problems.set('title', 'Enter the job title.');
  else if (values.title.trim().length > 120) problems.set('title', 'Title must be 1 to 120 characters.');
  if (values.team.trim().length > 120) problems.set('team', 'Team must be at most 120 characters.');
  if (!values.hiringManagerId) problems.set('hiringManagerId', 'Choose the hiring manager.');
  if (values.rounds.length > MAX_ROUNDS) problems.set('rounds', `A job has at most ${MAX_ROUNDS} rounds.`);
  values.rounds.forEach((round, index) => {
    if (!round.name.trim()) problems.set(`rounds.${index}.name`, 'Name the round, e.g. “System design”.');
    else if (round.name.trim().length > 80) problems.set(`rounds.${index}.name`, 'A round name has at most 80 characters.');
    if (!round.kitId) problems.set(`rounds.${index}.kitId`, 'Choose the kit this round uses.');
  });
  return problems;
}

export function toJobInput(values: JobFormValues): JobInput {
  return {
    title: values.title.trim(),
    team: values.team.trim(),
    hiringManagerId: values.hiringManagerId,
    rounds: values.rounds.map((round) => ({ ...(round.id ? { id: round.id } : {}), name: round.name.trim(), kitId: round.kitId })),
  };
}

/** saveJob names fields inside its `job` input ("job.rounds.1.kitId"); the form uses the inner path. */
export function jobFieldPath(apiField: string | null): string | null {
  if (!apiField) return null;
  return apiField.startsWith('job.') ? apiField.slice('job.'.length) : apiField;
}

export function moveRound(rounds: readonly RoundDraft[], index: number, by: -1 | 1): RoundDraft[] {
  const target = index + by;
  if (target < 0 || target >= rounds.length) return [...rounds];
  const next = [...rounds];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

export const JOB_STATUS_LABELS: Record<JobStatus, string> = { OPEN: 'Open', CLOSED: 'Closed' };
