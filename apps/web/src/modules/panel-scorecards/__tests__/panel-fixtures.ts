import type { PanelScorecardQuery } from '../../../generated/graphql';

type Panel = PanelScorecardQuery['panelScorecard'];

export const person = (userId: string, name: string) => ({ __typename: 'Person' as const, userId, name });

export function aSummary(competency: string, values: number[], overrides: Partial<Panel['competencies'][number]> = {}) {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    __typename: 'CompetencySummary' as const,
    competency,
    n: values.length,
    mean,
    median: (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    spread: sorted[sorted.length - 1] - sorted[0],
    disagreement: sorted[sorted.length - 1] - sorted[0] >= 2,
    calibratedMean: mean,
    weight: 1,
    ...overrides,
  };
}

export function aComposite(score: number | null, competenciesMissing: string[] = []) {
  return { __typename: 'Composite' as const, score, competenciesUsed: [], competenciesMissing, totalWeight: 2 };
}

export function aTally(
  counts: Partial<{ strongNo: number; no: number; yes: number; strongYes: number }>,
  lean: number | null = null,
  split = false,
) {
  const tally = { strongNo: 0, no: 0, yes: 0, strongYes: 0, ...counts };
  return {
    __typename: 'RecommendationTally' as const,
    ...tally,
    total: tally.strongNo + tally.no + tally.yes + tally.strongYes,
    lean,
    split,
  };
}

export function aMissing(name: string, status: 'PENDING' | 'DRAFT' = 'PENDING', roundName: string | null = 'Technical') {
  return {
    __typename: 'MissingScorecard' as const,
    interviewId: `iv-${name}`,
    status,
    roundName,
    interviewer: person(`user-${name}`, name),
  };
}

export function aDecision(id: string, decision: 'HIRE' | 'NO_HIRE' | 'HOLD', rationale: string, decidedByName = 'Hana Manager') {
  return {
    __typename: 'HiringDecision' as const,
    id,
    loopId: 'loop-1',
    decision,
    rationale,
    decidedByName,
    decidedAt: '2026-11-03T10:00:00.000Z',
  };
}

function aScorecard(
  id: string,
  name: string,
  ratings: Record<string, number | null>,
  overrides: Partial<Panel['scorecards'][number]> = {},
) {
  return {
    __typename: 'PanelistScorecard' as const,
    scorecardId: `sc-${id}`,
    interviewId: 'iv-1',
    roundName: 'Technical',
    submittedAt: '2026-11-02T10:00:00.000Z',
    scalePoints: 4,
    recommendation: 'YES' as const,
    summary: `${name} liked the design discussion.`,
    leniency: 0,
    leniencyLabel: 'in line',
    interviewer: person(`user-${id}`, name),
    ratings: Object.entries(ratings).map(([competency, rating]) => ({ __typename: 'CompetencyRating' as const, competency, rating })),
    evidence: [
      {
        __typename: 'QuestionEvidence' as const,
        questionId: `q-${id}-1`,
        prompt: 'Design a URL shortener',
        competency: 'system-design',
        rating: ratings['system-design'] ?? null,
        notAsked: false,
        notes: `${name}: clear about hashing.`,
      },
      {
        __typename: 'QuestionEvidence' as const,
        questionId: `q-${id}-2`,
        prompt: 'When would you add an index?',
        competency: 'databases',
        rating: null,
        notAsked: true,
        notes: '',
      },
    ],
    ...overrides,
  };
}

/** Dana rates system design 4, Ivo 1: the panel disagrees on it; both rate databases 3. */
export function aPanel(overrides: Partial<Panel> = {}): Panel {
  return {
    __typename: 'PanelScorecard',
    loopId: 'loop-1',
    jobId: 'job-1',
    jobTitle: 'Senior Backend Engineer',
    visible: true,
    canDecide: false,
    candidate: { __typename: 'CandidateBrief', id: 'cand-1', name: 'Casey Candidate' },
    competencies: [aSummary('system-design', [4, 1]), aSummary('databases', [3, 3], { weight: 2 })],
    tally: aTally({ strongYes: 1, no: 1 }, 0.5, true),
    rawComposite: aComposite(2.83),
    calibratedComposite: aComposite(2.71),
    disagreements: ['system-design'],
    submitted: 2,
    expected: 3,
    missing: [aMissing('Pat Pending')],
    submittedBy: [person('user-dana', 'Dana Interviewer'), person('user-ivo', 'Ivo Interviewer')],
    scorecards: [
      aScorecard(
        'dana',
        'Dana Interviewer',
        { 'system-design': 4, databases: 3 },
        { recommendation: 'STRONG_YES', leniency: 0.35, leniencyLabel: 'lenient' },
      ),
      aScorecard('ivo', 'Ivo Interviewer', { 'system-design': 1, databases: 3 }, { recommendation: 'NO', leniency: -0.1 }),
    ],
    decision: null,
    decisions: [],
    ...overrides,
  } as Panel;
}
