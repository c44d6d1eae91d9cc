import { type InterviewerRating } from './interviewer-leniency';
import { krippendorffAlpha, krippendorffAlphaOfUnits, panelReliability, type AlphaMetric } from './krippendorff-alpha';

const _ = null;
const round3 = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
const alphas = (data: Array<Array<number | null>>) =>
  Object.fromEntries(
    (['nominal', 'ordinal', 'interval', 'ratio'] as AlphaMetric[]).map((metric) => [metric, round3(krippendorffAlpha(data, metric).alpha)]),
  );

// Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability". Annenberg School for
// Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 — the worked
// example of 4 observers × 12 units, values 1–5 with missing data (also the "C" data of R irr::kripp.alpha).
const krippendorff2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

// Hayes, A. F. & Krippendorff, K. (2007). "Answering the call for a standard reliability measure for
// coding data". Communication Methods and Measures 1(1), 77–89, doi:10.1080/19312450709336664 —
// Table 1: 5 observers rate the tone of 40 news articles 0–3, "." missing. Rows here are observers
// obs1..obs5, columns articles 1..40 (transcribed as in github.com/jucor/krippendorff,
// data-raw/hayes2007table1.csv). The paper's KALPHA output reports ordinal alpha = .7598.
const hayes2007 = [
  [1, 1, 2, _, 0, 0, 1, 1, 2, 2, _, 0, 1, 3, 1, 1, 2, 1, 1, 0, 0, 0, 2, 0, 1, 0, 0, 1, 1, 1, 1, 2, 2, 3, 2, 2, 2, 2, 2, 1],
  [1, 1, 3, 0, 0, 0, 0, _, 2, 1, 1, 0, 2, 3, 1, 1, 1, 2, 1, 0, 0, 0, 3, 0, 2, 1, 0, 2, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 1],
  [2, 0, 3, 0, 0, 0, 2, 2, 2, 1, 0, 0, 2, 2, 1, 1, 2, 3, 0, 0, 1, _, 3, 0, _, 1, 0, 1, 2, 2, 0, 2, _, 2, 2, 3, 2, _, 2, 1],
  [_, 1, 3, _, _, _, _, 0, _, 1, 0, 0, 2, 2, _, _, _, 3, 1, _, 1, 0, 3, 0, 2, 1, 1, 2, 2, _, _, 1, 2, 2, _, _, _, 1, 2, _],
  [2, _, _, 0, 0, 0, 1, _, 2, _, _, _, _, 3, 1, 1, 2, _, _, 0, _, 0, _, _, 2, _, 0, _, _, 2, 0, _, 2, _, 2, 2, 2, 2, _, 1],
];

// Wikipedia, "Krippendorff's alpha", section "A computational example" (3 coders × 15 units, values
// 1–4 with missing data), https://en.wikipedia.org/wiki/Krippendorff%27s_alpha#A_computational_example:
// nominal alpha = 0.691, interval alpha = 0.811. The same data and figures (0.691358, 0.810845) are in
// the docstring of the Python package krippendorff (github.com/pln-fing-udelar/fast-krippendorff).
const wikipedia = [
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
];

describe("Krippendorff's alpha against published values", () => {
  it('Krippendorff (2011), 4 observers × 12 units: nominal .743, ordinal .815, interval .849, ratio .797', () => {
    expect(alphas(krippendorff2011)).toEqual({ nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 });
    // n = 40 pairable values; unit 12 has a single value and is dropped.
    expect(krippendorffAlpha(krippendorff2011, 'interval')).toMatchObject({ pairableValues: 40, unitsUsed: 11, reason: null });
  });

  it('Hayes & Krippendorff (2007), Table 1, 5 observers × 40 articles: ordinal .7598', () => {
    const result = krippendorffAlpha(hayes2007, 'ordinal');
    expect(Math.round((result.alpha ?? 0) * 10000) / 10000).toBe(0.7598);
    // Every article has at least two ratings: 159 values in all.
    expect(result).toMatchObject({ pairableValues: 159, unitsUsed: 40 });
  });

  it('Wikipedia, 3 coders × 15 units: nominal .691, interval .811', () => {
    expect(round3(krippendorffAlpha(wikipedia, 'nominal').alpha)).toBe(0.691);
    expect(round3(krippendorffAlpha(wikipedia, 'interval').alpha)).toBe(0.811);
    // Units 1, 2 and 14 have fewer than two values.
    expect(krippendorffAlpha(wikipedia, 'nominal')).toMatchObject({ pairableValues: 26, unitsUsed: 12 });
  });
});

describe("Krippendorff's alpha edge cases", () => {
  it('is 1 for perfect agreement with variation, and defaults to the interval metric', () => {
    expect(
      krippendorffAlpha([
        [1, 2, 3],
        [1, 2, 3],
      ]),
    ).toEqual({ alpha: 1, metric: 'interval', reason: null, pairableValues: 6, unitsUsed: 3 });
  });

  it('is null when no unit has two values', () => {
    expect(
      krippendorffAlpha([
        [1, _],
        [_, 2],
      ]),
    ).toEqual({ alpha: null, metric: 'interval', reason: 'NO_PAIRABLE_VALUES', pairableValues: 0, unitsUsed: 0 });
    expect(krippendorffAlpha([]).reason).toBe('NO_PAIRABLE_VALUES');
  });

  it('is null when every pairable value is the same, ignoring a lone different value', () => {
    expect(
      krippendorffAlpha(
        [
          [3, 3, 1],
          [3, 3, _],
        ],
        'nominal',
      ),
    ).toEqual({
      alpha: null,
      metric: 'nominal',
      reason: 'NO_VARIATION',
      pairableValues: 4,
      unitsUsed: 2,
    });
  });

  it('does not depend on which coder gave which value, or on ragged rows', () => {
    const shuffled = [krippendorff2011[2], krippendorff2011[0], krippendorff2011[3], krippendorff2011[1]];
    expect(krippendorffAlpha(shuffled, 'ordinal').alpha).toBeCloseTo(krippendorffAlpha(krippendorff2011, 'ordinal').alpha ?? 0, 12);
    expect(
      krippendorffAlpha(
        [
          [1, 2, 3],
          [1, 2],
        ],
        'interval',
      ),
    ).toMatchObject({ alpha: 1, unitsUsed: 2 });
  });

  it('gives the same figure from per-unit values as from the coders × units matrix', () => {
    const units = krippendorff2011[0].map((_value, u) => krippendorff2011.map((row) => row[u]));
    expect(krippendorffAlphaOfUnits(units, 'ratio')).toEqual(krippendorffAlpha(krippendorff2011, 'ratio'));
  });

  it('refuses negative ratio data', () => {
    expect(() =>
      krippendorffAlpha(
        [
          [-1, 2],
          [1, 2],
        ],
        'ratio',
      ),
    ).toThrow(RangeError);
  });
});

describe('panel reliability from ratings', () => {
  const asRatings = (matrix: Array<Array<number | null>>): InterviewerRating[] =>
    matrix.flatMap((row, coder) =>
      row.map((value, unit) => ({
        interviewerId: `i${coder}`,
        candidateId: `c${unit % 6}`,
        competency: `q${Math.floor(unit / 6)}`,
        value,
      })),
    );

  it('treats each candidate and competency as a unit and each interviewer as a coder', () => {
    expect(round3(panelReliability(asRatings(krippendorff2011)).alpha)).toBe(0.849);
    expect(round3(panelReliability(asRatings(krippendorff2011), 'nominal').alpha)).toBe(0.743);
  });

  it('averages an interviewer’s two ratings of one unit into one value', () => {
    const ratings = [
      { interviewerId: 'A', candidateId: 'c1', competency: 'design', value: 2 },
      { interviewerId: 'A', candidateId: 'c1', competency: 'design', value: 4 },
      { interviewerId: 'B', candidateId: 'c1', competency: 'design', value: 3 },
      { interviewerId: 'A', candidateId: 'c2', competency: 'design', value: 1 },
      { interviewerId: 'B', candidateId: 'c2', competency: 'design', value: 1 },
    ];
    expect(panelReliability(ratings)).toMatchObject({ alpha: 1, pairableValues: 4, unitsUsed: 2 });
  });

  // Speed is measured by npm run bench:comparison, never by a timed test on a shared machine.
  it('handles a job of 200 candidates × 6 competencies × 5 interviewers, every unit used', () => {
    const ratings: InterviewerRating[] = [];
    for (let c = 0; c < 200; c++) {
      for (let q = 0; q < 6; q++) {
        for (let i = 0; i < 5; i++)
          ratings.push({ interviewerId: `i${i}`, candidateId: `c${c}`, competency: `q${q}`, value: 1 + ((c * 7 + q * 3 + i) % 4) });
      }
    }
    for (const metric of ['nominal', 'ordinal', 'interval', 'ratio'] as AlphaMetric[])
      expect(panelReliability(ratings, metric).unitsUsed).toBe(1200);
  });
});
