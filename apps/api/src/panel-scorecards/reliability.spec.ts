import { EXPLANATIONS } from '@panelist/scoring';
import { reliabilityOf } from './panel-scorecards.service';

const rating = (interviewerId: string, candidateId: string, competency: string, value: number) => ({
  interviewerId,
  candidateId,
  competency,
  value,
});

describe('reliabilityOf', () => {
  it('gives no alpha for one candidate and six ratings, and says there are not enough yet', () => {
    const ratings = ['design', 'coding', 'communication'].flatMap((competency, index) => [
      rating('ana', 'cand-1', competency, 1 + index),
      rating('ben', 'cand-1', competency, 4 - index),
    ]);
    expect(reliabilityOf(ratings)).toMatchObject({
      alpha: null,
      band: 'not enough data',
      reason: EXPLANATIONS.alphaTooFewRatings,
      pairableValues: 6,
    });
  });

  it('gives alpha once two candidates and ten comparable ratings are there', () => {
    const ratings = ['cand-1', 'cand-2'].flatMap((candidate, c) =>
      ['design', 'coding', 'communication'].flatMap((competency, index) => [
        rating('ana', candidate, competency, 1 + ((index + c) % 4)),
        rating('ben', candidate, competency, 1 + ((index + c) % 4)),
      ]),
    );
    const reliability = reliabilityOf(ratings);
    expect(reliability.pairableValues).toBe(12);
    expect(reliability.alpha).toBeCloseTo(1, 5);
    expect(reliability.reason).toBeNull();
  });
});
