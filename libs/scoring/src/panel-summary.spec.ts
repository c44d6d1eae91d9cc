import { commonScaleRatings, summarizePanel, type SubmittedScorecard } from './panel-summary';

const card = (
  interviewerId: string,
  ratings: Record<string, number | null>,
  recommendation: SubmittedScorecard['recommendation'],
  scalePoints = 4,
): SubmittedScorecard => ({
  interviewerId,
  scalePoints,
  recommendation,
  competencyRatings: Object.entries(ratings).map(([competency, rating]) => ({ competency, rating })),
});

describe('summarizePanel', () => {
  // Worked example: three interviewers, architecture weighted 2, communication 1.
  //   architecture: 4, 2, 3 → mean 3, median 3, spread 2 → disagreement (2 ≥ 1.5)
  //   communication: 3, 3, – → mean 3, n 2
  //   raw composite = (3×2 + 3×1) / 3 = 3
  // Ana is lenient by +0.5 (shrunk): her 4 becomes 3.5, so calibrated architecture = (3.5+2+3)/3 = 2.833…
  //   and calibrated communication = (2.5 + 3)/2 = 2.75; calibrated composite = (2.8333×2 + 2.75)/3 = 2.8056
  const scorecards = [
    card('ana', { architecture: 4, communication: 3 }, 'STRONG_YES'),
    card('ben', { architecture: 2, communication: 3 }, 'NO'),
    card('cy', { architecture: 3, communication: null }, 'YES'),
  ];
  const summary = summarizePanel(scorecards, {
    competencies: ['architecture', 'communication', 'testing'],
    weights: [{ competency: 'architecture', weight: 2 }],
    leniency: new Map([['ana', 0.5]]),
  });

  it('summarises every competency of the kit in kit order, rated or not', () => {
    expect(
      summary.competencies.map((entry) => [
        entry.competency,
        entry.n,
        entry.mean,
        entry.median,
        entry.min,
        entry.max,
        entry.disagreement,
        entry.weight,
      ]),
    ).toEqual([
      ['architecture', 3, 3, 3, 2, 4, true, 2],
      ['communication', 2, 3, 3, 3, 3, false, 1],
      ['testing', 0, null, null, null, null, false, 1],
    ]);
    expect(summary.disagreements).toEqual(['architecture']);
  });

  it('gives the raw and calibrated composites side by side', () => {
    expect(summary.rawComposite.score).toBe(3);
    expect(summary.competencies[0].calibratedMean).toBeCloseTo(2.8333, 4);
    expect(summary.competencies[1].calibratedMean).toBeCloseTo(2.75, 4);
    expect(summary.calibratedComposite.score).toBeCloseTo(2.8056, 4);
  });

  it('tallies the recommendations and flags a split panel', () => {
    expect(summary.tally.counts).toEqual({ STRONG_NO: 0, NO: 1, YES: 1, STRONG_YES: 1 });
    expect(summary.tally.split).toBe(true);
  });

  it('maps a 5-point kit onto the common 1..4 scale by position', () => {
    expect(commonScaleRatings('c', card('ana', { design: 3, tests: 5 }, 'YES', 5)).map((rating) => rating.value)).toEqual([2.5, 4]);
  });
});
