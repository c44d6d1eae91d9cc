import { validateWeights, weightedComposite } from './weighted-composite';

describe('weighted composite', () => {
  it('weights the rated competencies and names the unrated one (worked example)', () => {
    // architecture 3.5 × 2 + communication 2.0 × 1 (default) + coding 3.0 × 0.5 = 10.5;
    // weights 2 + 1 + 0.5 = 3.5; 10.5 / 3.5 = 3.0. Security (weight 3) has no ratings, so it is left out.
    const composite = weightedComposite(
      [
        { competency: 'architecture', mean: 3.5 },
        { competency: 'communication', mean: 2 },
        { competency: 'security', mean: null },
        { competency: 'coding', mean: 3 },
      ],
      [
        { competency: 'architecture', weight: 2 },
        { competency: 'security', weight: 3 },
        { competency: 'coding', weight: 0.5 },
      ],
    );
    expect(composite).toEqual({
      score: 3,
      totalWeight: 3.5,
      competenciesUsed: ['architecture', 'communication', 'coding'],
      competenciesMissing: ['security'],
    });
  });

  it('is the plain mean when the kit has no weights', () => {
    expect(
      weightedComposite([
        { competency: 'a', mean: 2 },
        { competency: 'b', mean: 3 },
      ]).score,
    ).toBe(2.5);
  });

  it('ignores a competency weighted 0, rated or not', () => {
    const composite = weightedComposite(
      [
        { competency: 'a', mean: 4 },
        { competency: 'b', mean: 1 },
        { competency: 'c', mean: null },
      ],
      [
        { competency: 'b', weight: 0 },
        { competency: 'c', weight: 0 },
      ],
    );
    expect(composite).toEqual({ score: 4, totalWeight: 1, competenciesUsed: ['a'], competenciesMissing: [] });
  });

  it('counts a weighted competency that is not in the list at all as missing', () => {
    expect(weightedComposite([{ competency: 'a', mean: 3 }], [{ competency: 'security', weight: 2 }]).competenciesMissing).toEqual([
      'security',
    ]);
  });

  it('has no score when nothing weighted was rated', () => {
    expect(weightedComposite([{ competency: 'a', mean: null }])).toEqual({
      score: null,
      totalWeight: 0,
      competenciesUsed: [],
      competenciesMissing: ['a'],
    });
  });

  it('refuses invalid weights and a competency listed twice rather than computing a wrong score', () => {
    expect(() => weightedComposite([{ competency: 'a', mean: 3 }], [{ competency: 'a', weight: 11 }])).toThrow(RangeError);
    expect(() =>
      weightedComposite([
        { competency: 'a', mean: 3 },
        { competency: 'a', mean: 2 },
      ]),
    ).toThrow(/listed twice/);
  });
});

describe('weight validation', () => {
  it('accepts weights from 0 to 10', () => {
    expect(
      validateWeights([
        { competency: 'a', weight: 0 },
        { competency: 'b', weight: 10 },
        { competency: 'c', weight: 2.5 },
      ]),
    ).toEqual([]);
  });

  it('names the competency and the reason for each problem', () => {
    expect(
      validateWeights([
        { competency: 'architecture', weight: 11 },
        { competency: 'coding', weight: -1 },
        { competency: 'security', weight: Number.NaN },
        { competency: 'architecture', weight: 1 },
        { competency: ' ', weight: 1 },
      ]),
    ).toEqual([
      {
        competency: 'architecture',
        field: 'competencyWeights.0.weight',
        message: 'The weight of architecture must be between 0 and 10; it is 11.',
      },
      { competency: 'coding', field: 'competencyWeights.1.weight', message: 'The weight of coding must be between 0 and 10; it is -1.' },
      {
        competency: 'security',
        field: 'competencyWeights.2.weight',
        message: 'The weight of security must be between 0 and 10; it is not a number.',
      },
      { competency: 'architecture', field: 'competencyWeights.3.competency', message: 'architecture is weighted twice.' },
      { competency: ' ', field: 'competencyWeights.4.competency', message: 'Weight 5 does not name a competency.' },
    ]);
  });
});
