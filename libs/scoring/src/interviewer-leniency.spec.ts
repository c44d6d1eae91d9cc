import { disclosedLeniency, interviewerLeniency, leniencyMap, MIN_SHARED_CANDIDATES, type InterviewerRating } from './interviewer-leniency';

const rating = (interviewerId: string, candidateId: string, competency: string, value: number | null): InterviewerRating => ({
  interviewerId,
  candidateId,
  competency,
  value,
});

describe('interviewer leniency', () => {
  it('compares each rating with the other interviewers’ mean and shrinks toward 0 (worked example, k = 5)', () => {
    const ratings = [
      rating('A', 'c1', 'design', 4),
      rating('B', 'c1', 'design', 3),
      rating('C', 'c1', 'design', null), // not rated: no comparison for C, and not part of A's or B's
      rating('A', 'c2', 'design', 3),
      rating('B', 'c2', 'design', 2),
      rating('C', 'c2', 'design', 1),
      rating('A', 'c3', 'design', 4), // rated alone: nobody to compare with
      rating('B', 'c3', 'communication', 3),
      rating('C', 'c3', 'communication', 3),
      rating('D', 'c4', 'design', 2), // never on a panel with anyone
    ];
    // A: c1 4 − 3 = +1; c2 3 − (2 + 1)/2 = +1.5.           n 2, raw 2.5/2 = 1.25,  shrunk 2.5/7 ≈ 0.357 → lenient
    // B: c1 3 − 4 = −1; c2 2 − (3 + 1)/2 = 0; c3 3 − 3 = 0. n 3, raw −1/3,         shrunk −1/8 = −0.125 → in line
    // C: c2 1 − (3 + 2)/2 = −1.5; c3 3 − 3 = 0.             n 2, raw −1.5/2 = −0.75, shrunk −1.5/7 ≈ −0.214 → in line
    const result = interviewerLeniency(ratings);
    expect(result.map((r) => r.interviewerId)).toEqual(['A', 'B', 'C', 'D']);
    const [a, b, c, d] = result;
    expect(a).toEqual({ interviewerId: 'A', n: 2, sharedCandidates: 2, raw: 1.25, shrunk: expect.closeTo(2.5 / 7, 12), label: 'lenient' });
    expect(b).toEqual({ interviewerId: 'B', n: 3, sharedCandidates: 3, raw: expect.closeTo(-1 / 3, 12), shrunk: -0.125, label: 'in line' });
    expect(c).toEqual({
      interviewerId: 'C',
      n: 2,
      sharedCandidates: 2,
      raw: -0.75,
      shrunk: expect.closeTo(-1.5 / 7, 12),
      label: 'in line',
    });
    expect(d).toEqual({ interviewerId: 'D', n: 0, sharedCandidates: 0, raw: null, shrunk: 0, label: 'not enough data' });
  });

  it('does not brand anyone severe on two ratings, but does on twenty', () => {
    const pairs = (low: string, high: string, candidates: number): InterviewerRating[] =>
      Array.from({ length: candidates }, (_, i) => [rating(low, `c${i}`, 'design', 2), rating(high, `c${i}`, 'design', 3)]).flat();
    // Two comparisons a point low: −2 / (2 + 5) ≈ −0.286, inside the 0.3 threshold.
    const [few] = interviewerLeniency(pairs('G', 'H', 2));
    expect(few).toMatchObject({ n: 2, raw: -1, label: 'in line' });
    expect(few.shrunk).toBeCloseTo(-2 / 7, 12);
    // Twenty: −20 / 25 = −0.8.
    const [many, partner] = interviewerLeniency(pairs('E', 'F', 20));
    expect(many).toEqual({ interviewerId: 'E', n: 20, sharedCandidates: 20, raw: -1, shrunk: -0.8, label: 'severe' });
    expect(partner).toMatchObject({ shrunk: 0.8, label: 'lenient' });
  });

  it('averages an interviewer’s several ratings of one candidate and competency, so they count once', () => {
    const result = interviewerLeniency([rating('A', 'c1', 'design', 4), rating('A', 'c1', 'design', 2), rating('B', 'c1', 'design', 3)]);
    expect(result).toEqual([
      { interviewerId: 'A', n: 1, sharedCandidates: 1, raw: 0, shrunk: 0, label: 'in line' },
      { interviewerId: 'B', n: 1, sharedCandidates: 1, raw: 0, shrunk: 0, label: 'in line' },
    ]);
  });

  it('keeps the same competency name of different candidates apart', () => {
    const result = interviewerLeniency([rating('A', 'c1', 'design', 4), rating('B', 'c2', 'design', 1)]);
    expect(result.map((r) => r.n)).toEqual([0, 0]);
  });

  it('uses the raw figure when k is 0, and a caller’s threshold', () => {
    const ratings = [rating('A', 'c1', 'design', 3), rating('B', 'c1', 'design', 2)];
    // A is a point above B and B a point below A: ±1, unshrunk, inside a 1.5-point threshold.
    expect(interviewerLeniency(ratings, { k: 0, threshold: 1.5 }).map((r) => [r.shrunk, r.label])).toEqual([
      [1, 'in line'],
      [-1, 'in line'],
    ]);
    expect(() => interviewerLeniency(ratings, { k: -1 })).toThrow(RangeError);
    expect(() => interviewerLeniency(ratings, { threshold: Number.NaN })).toThrow(RangeError);
  });

  it('maps interviewer ids to shrunk leniency for calibration', () => {
    const map = leniencyMap(interviewerLeniency([rating('A', 'c1', 'design', 4), rating('B', 'c1', 'design', 2)]));
    expect([...map]).toEqual([
      ['A', 2 / 6],
      ['B', -2 / 6],
    ]);
  });

  // Speed is measured by npm run bench:comparison, never by a timed test on a shared machine.
  it('takes 200 candidates × 5 interviewers × 6 competencies, one figure per interviewer', () => {
    const ratings: InterviewerRating[] = [];
    for (let c = 0; c < 200; c++) {
      for (let i = 0; i < 5; i++)
        for (let q = 0; q < 6; q++) ratings.push(rating(`i${(c + i) % 40}`, `c${c}`, `q${q}`, 1 + ((c + i + q) % 4)));
    }
    const result = interviewerLeniency(ratings);
    expect(result).toHaveLength(40);
  });

  it('discloses a leniency only from MIN_SHARED_CANDIDATES candidates shared with co-panelists on', () => {
    const shared = (candidates: number) =>
      interviewerLeniency(
        Array.from({ length: candidates }, (_, i) => [rating('A', `c${i}`, 'design', 4), rating('B', `c${i}`, 'design', 2)]).flat(),
      )[0];
    // Two shared candidates, several competencies each: still too few people-level data points to show.
    expect(disclosedLeniency(shared(MIN_SHARED_CANDIDATES - 1))).toEqual({ raw: null, shrunk: 0, label: 'not enough data' });
    expect(disclosedLeniency(shared(MIN_SHARED_CANDIDATES))).toMatchObject({ raw: 2, label: 'lenient' });
    expect(disclosedLeniency(undefined)).toEqual({ raw: null, shrunk: 0, label: 'not enough data' });
  });
});
