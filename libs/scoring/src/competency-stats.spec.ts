import { competencyStats, disagreementThreshold } from './competency-stats';

const fourPoint = { min: 1, max: 4 };

describe('competency statistics', () => {
  it('summarises a panel of four, leaving out the interviewer who did not rate', () => {
    expect(competencyStats([3, null, 2, 4, 3], fourPoint)).toEqual({
      n: 4,
      mean: 3,
      median: 3,
      min: 2,
      max: 4,
      spread: 2,
      disagreement: true,
    });
  });

  it('takes the median of an even panel halfway between the two middle ratings', () => {
    expect(competencyStats([4, 1, 2, 3], fourPoint)).toMatchObject({ median: 2.5, mean: 2.5 });
  });

  it('flags 2 points apart on a 1–4 scale but not 1 point', () => {
    expect(competencyStats([1, 3], fourPoint).disagreement).toBe(true);
    expect(competencyStats([2, 3, 3], fourPoint).disagreement).toBe(false);
  });

  it('scales the disagreement threshold with the scale: 2 points on 1–5, 1 point on 1–3', () => {
    expect(disagreementThreshold(fourPoint)).toBe(1.5);
    expect(disagreementThreshold({ min: 1, max: 5 })).toBe(2);
    expect(disagreementThreshold({ min: 1, max: 3 })).toBe(1);
    expect(competencyStats([3, 5], { min: 1, max: 5 }).disagreement).toBe(true);
    expect(competencyStats([3, 4], { min: 1, max: 5 }).disagreement).toBe(false);
    expect(competencyStats([2, 3], { min: 1, max: 3 }).disagreement).toBe(true);
  });

  it('gives a single rating as every figure, with no spread to flag', () => {
    expect(competencyStats([null, 2], fourPoint)).toEqual({ n: 1, mean: 2, median: 2, min: 2, max: 2, spread: 0, disagreement: false });
  });

  it('gives nulls, not zeros, when nobody rated the competency', () => {
    expect(competencyStats([null, undefined], fourPoint)).toEqual({
      n: 0,
      mean: null,
      median: null,
      min: null,
      max: null,
      spread: null,
      disagreement: false,
    });
    expect(competencyStats([], fourPoint).n).toBe(0);
  });

  it('does not reorder the caller’s array', () => {
    const ratings = [4, 1, 3];
    competencyStats(ratings, fourPoint);
    expect(ratings).toEqual([4, 1, 3]);
  });

  it('refuses a reversed scale', () => {
    expect(() => competencyStats([1], { min: 4, max: 1 })).toThrow(RangeError);
  });
});
