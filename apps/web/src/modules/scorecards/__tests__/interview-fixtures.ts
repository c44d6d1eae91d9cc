import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { InterviewModeScorecardFieldsFragment } from '../../../generated/graphql';

// Fixtures carry __typename, as the API's responses do (Apollo's cache relies on it); their types
// are inferred because the generated operation types leave __typename out.

function aRubric(overrides: { referenceAnswer?: string; lookFor?: string[]; redFlags?: string[]; interviewerGuidance?: string } = {}) {
  return {
    __typename: 'Rubric' as const,
    referenceAnswer: null,
    lookFor: [],
    redFlags: [],
    whatToExpect: null,
    interviewerGuidance: null,
    sampleAnswer: null,
    ...overrides,
  };
}

function question(
  id: string,
  position: number,
  competency: string,
  prompt: string,
  extra: { label?: string; code?: string; followUps?: string[]; rubric?: ReturnType<typeof aRubric> } = {},
) {
  return {
    __typename: 'InterviewQuestion' as const,
    questionId: id,
    position,
    competency,
    plannedMinutes: 10,
    revision: {
      __typename: 'QuestionRevision' as const,
      id: `rev-${id}`,
      type: 'TECHNICAL' as const,
      label: null,
      prompt,
      code: null,
      followUps: [],
      rubric: aRubric(),
      ...extra,
    },
  };
}

export const SCALE = [
  { __typename: 'RatingPoint' as const, value: 1, label: 'Weak', anchor: 'Could not explain the basics.' },
  { __typename: 'RatingPoint' as const, value: 2, label: 'Mixed', anchor: 'Knew the idea, missed the trade-offs.' },
  { __typename: 'RatingPoint' as const, value: 3, label: 'Strong', anchor: 'Explained it with trade-offs.' },
  { __typename: 'RatingPoint' as const, value: 4, label: 'Exceptional', anchor: 'Taught us something.' },
];

/** Three questions: two on api-design, one on reliability. */
export const KIT = {
  __typename: 'InterviewKit' as const,
  kitId: 'kit-1',
  title: 'Backend — system design round',
  roleName: 'Senior Backend Engineer',
  interviewMinutes: 45,
  notes: '',
  ratingScale: SCALE,
  competencyWeights: [],
  sections: [
    {
      __typename: 'InterviewSection' as const,
      competency: 'api-design',
      title: 'API design',
      questions: [
        question('q-1', 0, 'api-design', 'How would you version a public REST API?', {
          label: 'API versioning',
          code: 'GET /v2/orders',
          followUps: ['What about breaking changes?'],
          rubric: aRubric({
            referenceAnswer: 'URL or header versioning, with a deprecation policy.',
            lookFor: ['Mentions a deprecation window'],
            redFlags: ['Breaks clients silently'],
            interviewerGuidance: 'Push on how clients migrate.',
          }),
        }),
        question('q-2', 1, 'api-design', 'Design idempotent payments.'),
      ],
    },
    {
      __typename: 'InterviewSection' as const,
      competency: 'reliability',
      title: '',
      questions: [question('q-3', 2, 'reliability', 'A dependency starts timing out. What do you do?')],
    },
  ],
};

export function anAnswer(questionId: string, rating: number | null, notes = '', notAsked = false) {
  return { __typename: 'ScorecardAnswer' as const, questionId, rating, notAsked, notes };
}

export function aCompetencyRating(competency: string, rating: number | null) {
  return { __typename: 'CompetencyRating' as const, competency, rating };
}

type ScorecardOverrides = Partial<Omit<InterviewModeScorecardFieldsFragment, 'answers' | 'competencyRatings'>> & {
  answers?: Array<ReturnType<typeof anAnswer>>;
  competencyRatings?: Array<ReturnType<typeof aCompetencyRating>>;
};

export function aScorecard(overrides: ScorecardOverrides = {}) {
  return {
    __typename: 'Scorecard' as const,
    id: 'sc-1',
    status: 'DRAFT' as InterviewModeScorecardFieldsFragment['status'],
    version: 4,
    revision: 0,
    answers: [] as Array<ReturnType<typeof anAnswer>>,
    competencyRatings: [] as Array<ReturnType<typeof aCompetencyRating>>,
    recommendation: null as InterviewModeScorecardFieldsFragment['recommendation'],
    summary: '',
    startedAt: '2026-11-02T09:00:00.000Z' as string | null,
    submittedAt: null as string | null,
    updatedAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  };
}

export type ScorecardFixture = ReturnType<typeof aScorecard>;

export function anInterview(scorecard: ScorecardFixture | null = aScorecard()) {
  return {
    __typename: 'Interview' as const,
    id: 'int-1',
    jobId: 'job-1',
    jobTitle: 'Senior Backend Engineer',
    roundName: 'System design',
    scheduledAt: '2026-11-02T09:00:00.000Z',
    durationMinutes: 45,
    candidate: { __typename: 'CandidateBrief' as const, id: 'cand-1', name: 'Grace Hopper' },
    kit: KIT,
    myScorecard: scorecard,
  };
}

/** A GraphQL error as Apollo rejects with it. */
export function graphQLError(code: string, message: string, field?: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
}

/** localStorage stand-in that records writes, for tests that look at what was kept. */
export class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}
