import type { JobComparisonQuery } from '../../../generated/graphql';
import { aComposite, aDecision, aMissing, aSummary, aTally } from './panel-fixtures';

type Comparison = JobComparisonQuery['jobComparison'];
type Row = Comparison['rows'][number];

export function aRow(
  loopId: string,
  name: string,
  figures: { composite: number | null; calibrated: number | null; design: number[]; databases: number[] },
  overrides: Partial<Row> = {},
): Row {
  return {
    __typename: 'ComparisonRow',
    loopId,
    visible: true,
    candidate: { __typename: 'CandidateBrief', id: `cand-${loopId}`, name },
    competencies: [aSummary('system-design', figures.design), aSummary('databases', figures.databases)],
    tally: aTally({ yes: 2 }, 1),
    rawComposite: aComposite(figures.composite),
    calibratedComposite: aComposite(figures.calibrated),
    disagreements: [],
    submitted: 2,
    expected: 2,
    missing: [],
    decision: null,
    summaries: [],
    ...overrides,
  } as Row;
}

export const RELIABILITY = {
  __typename: 'PanelReliability' as const,
  alpha: 0.72,
  band: 'tentative',
  bandLabel: 'tentative — draw only tentative conclusions',
  reason: null,
  pairableValues: 12,
  unitsUsed: 6,
};

/** Ana leads on the composite, Ben on databases, Cy's panel disagrees on design and misses a scorecard; Dee is hidden. */
export function aComparison(overrides: Partial<Comparison> = {}): Comparison {
  return {
    __typename: 'JobComparison',
    jobId: 'job-1',
    jobTitle: 'Senior Backend Engineer',
    competencies: ['system-design', 'databases'],
    weights: [{ __typename: 'CompetencyWeight', competency: 'system-design', weight: 2 }],
    rows: [
      aRow('loop-ben', 'Ben Builder', { composite: 3.1, calibrated: 3.3, design: [3, 3], databases: [4, 4] }),
      aRow(
        'loop-ana',
        'Ana Architect',
        { composite: 3.6, calibrated: 3.2, design: [4, 4], databases: [3, 3] },
        { decision: aDecision('dec-ana', 'HIRE', 'Clear yes.') },
      ),
      aRow(
        'loop-cy',
        'Cy Coder',
        { composite: 2.4, calibrated: 2.6, design: [1, 4], databases: [2, 2] },
        { submitted: 2, expected: 3, missing: [aMissing('Ivo Interviewer')], tally: aTally({ yes: 1, no: 1 }, 0, true) },
      ),
      aRow(
        'loop-dee',
        'Dee Hidden',
        { composite: null, calibrated: null, design: [], databases: [] },
        { visible: false, competencies: [], submitted: 1, expected: 2, missing: [aMissing('Sam Viewer')] },
      ),
    ],
    reliability: RELIABILITY,
    ...overrides,
  } as Comparison;
}
