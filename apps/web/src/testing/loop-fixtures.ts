import type { ScorecardStatus } from '../generated/graphql';
import { aMember } from './fixtures';

/** Jobs, loops, interviews and panel seats shaped as the API returns them (with __typename). */

export function aSeat(
  id: string,
  name: string,
  status: ScorecardStatus,
  overrides: { interviewId?: string; submittedAt?: string | null; amendments?: number } = {},
) {
  return {
    __typename: 'PanelSeat' as const,
    id,
    interviewId: overrides.interviewId ?? 'iv-1',
    loopId: 'loop-1',
    status,
    submittedAt: overrides.submittedAt ?? (status === 'SUBMITTED' ? '2026-11-03T11:05:00.000Z' : null),
    amendments: overrides.amendments ?? 0,
    interviewer: { __typename: 'Person' as const, userId: `user-${name.split(' ')[0].toLowerCase()}`, name },
  };
}

export function aQuestion(questionId: string, prompt: string) {
  return {
    __typename: 'InterviewQuestion' as const,
    questionId,
    revision: { __typename: 'QuestionRevision' as const, id: `rev-${questionId}`, prompt },
  };
}

export function anInterview(
  id: string,
  overrides: {
    roundName?: string | null;
    scheduledAt?: string;
    panel?: ReturnType<typeof aSeat>[];
    questions?: ReturnType<typeof aQuestion>[];
  } = {},
) {
  return {
    __typename: 'Interview' as const,
    id,
    loopId: 'loop-1',
    roundName: overrides.roundName === undefined ? 'System design' : overrides.roundName,
    scheduledAt: overrides.scheduledAt ?? '2026-11-03T10:00:00.000Z',
    durationMinutes: 60,
    version: 1,
    kit: {
      __typename: 'InterviewKit' as const,
      kitId: 'kit-design',
      title: 'Backend — system design',
      interviewMinutes: 60,
      sections: [
        { __typename: 'InterviewSection' as const, questions: overrides.questions ?? [aQuestion('q-1', 'Design a URL shortener')] },
      ],
    },
    panel: overrides.panel ?? [],
  };
}

export const ROUNDS = [
  {
    __typename: 'JobRound' as const,
    id: 'round-screen',
    name: 'Phone screen',
    position: 0,
    kit: { __typename: 'KitRef' as const, id: 'kit-screen', title: 'Backend — screen', roleName: 'Backend Engineer', interviewMinutes: 30 },
  },
  {
    __typename: 'JobRound' as const,
    id: 'round-design',
    name: 'System design',
    position: 1,
    kit: {
      __typename: 'KitRef' as const,
      id: 'kit-design',
      title: 'Backend — system design',
      roleName: 'Backend Engineer',
      interviewMinutes: 60,
    },
  },
];

export function aLoop(
  interviews: ReturnType<typeof anInterview>[],
  repeatedQuestions: Array<{ questionId: string; interviewIds: string[] }> = [],
) {
  return {
    __typename: 'InterviewLoop' as const,
    id: 'loop-1',
    createdAt: '2026-11-01T09:00:00.000Z',
    candidate: { __typename: 'Candidate' as const, id: 'cand-1', name: 'Casey Candidate', email: 'casey@example.com' },
    job: { __typename: 'Job' as const, id: 'job-1', title: 'Senior Backend Engineer', status: 'OPEN' as const, rounds: ROUNDS },
    interviews,
    repeatedQuestions: repeatedQuestions.map((repeated) => ({ __typename: 'RepeatedQuestion' as const, ...repeated })),
  };
}

export function aJob(overrides: { version?: number; title?: string; loops?: unknown[] } = {}) {
  return {
    __typename: 'Job' as const,
    id: 'job-1',
    title: overrides.title ?? 'Senior Backend Engineer',
    team: 'Payments',
    status: 'OPEN' as const,
    candidateCount: 0,
    updatedAt: '2026-11-02T15:30:00.000Z',
    version: overrides.version ?? 2,
    hiringManager: { __typename: 'Person' as const, userId: 'user-hana', name: 'Hana Manager' },
    rounds: ROUNDS.map((round) => ({ ...round })),
    loops: overrides.loops ?? [],
  };
}

/** Members for the hiring manager and interviewer pickers: scorers, a recruiter and a deactivated person. */
export const LOOP_TEAM = [
  aMember({ id: 'm-ada', name: 'Ada Admin', role: 'ADMIN', userId: 'user-ada' }),
  aMember({ id: 'm-hana', name: 'Hana Manager', role: 'HIRING_MANAGER', userId: 'user-hana' }),
  aMember({ id: 'm-ivo', name: 'Ivo Interviewer', role: 'INTERVIEWER', userId: 'user-ivo' }),
  aMember({ id: 'm-dana', name: 'Dana Interviewer', role: 'INTERVIEWER', userId: 'user-dana' }),
  aMember({ id: 'm-rui', name: 'Rui Recruiter', role: 'RECRUITER', userId: 'user-rui' }),
  aMember({ id: 'm-old', name: 'Otto Former', role: 'INTERVIEWER', status: 'DEACTIVATED', userId: 'user-otto' }),
];

export const KIT_LIST = [
  {
    __typename: 'Kit' as const,
    id: 'kit-screen',
    roleName: 'Backend Engineer',
    title: 'Backend — screen',
    interviewMinutes: 30,
    updatedAt: '2026-10-01T10:00:00.000Z',
    summary: { __typename: 'KitSummary' as const, totalMinutes: 30, questionCount: 3, competenciesCovered: [] },
  },
  {
    __typename: 'Kit' as const,
    id: 'kit-design',
    roleName: 'Backend Engineer',
    title: 'Backend — system design',
    interviewMinutes: 60,
    updatedAt: '2026-10-01T10:00:00.000Z',
    summary: { __typename: 'KitSummary' as const, totalMinutes: 55, questionCount: 4, competenciesCovered: [] },
  },
];
