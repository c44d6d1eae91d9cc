import { calibrate, calibratedCandidateScores } from './calibration';
import { type InterviewerRating } from './interviewer-leniency';

const fourPoint = { min: 1, max: 4 };
const rating = (interviewerId: string, competency: string, value: number | null): InterviewerRating => ({
  interviewerId,
  candidateId: 'c9',
  competency,
  value,
});

describe('calibration', () => {
  it('takes the interviewer’s leniency out of a rating and keeps it on the scale', () => {
    expect(calibrate(3, 0.5, fourPoint)).toBe(2.5);
    expect(calibrate(2, -0.25, fourPoint)).toBe(2.25);
    expect(calibrate(1.2, 0.5, fourPoint)).toBe(1);
    expect(calibrate(3.9, -0.5, fourPoint)).toBe(4);
  });

  it('gives a candidate’s competency means and composite, raw and calibrated (worked example)', () => {
    const leniency = new Map([
      ['A', 0.5],
      ['B', -0.25],
    ]);
    const ratings = [
      rating('A', 'design', 4),
      rating('B', 'design', 2),
      rating('A', 'communication', 3),
      rating('B', 'communication', null),
      rating('A', 'coding', 1),
      rating('B', 'coding', 4),
      rating('C', 'security', null),
    ];
    // design:        raw (4 + 2)/2 = 3;  calibrated (3.5 + 2.25)/2 = 2.875
    // communication: raw 3;              calibrated 2.5
    // coding:        raw (1 + 4)/2 = 2.5; calibrated (1 − 0.5 → clamped 1, 4 + 0.25 → clamped 4) = 2.5
    // composite, design weighted 2: raw (3×2 + 3 + 2.5)/4 = 2.875; calibrated (2.875×2 + 2.5 + 2.5)/4 = 2.6875
    const scores = calibratedCandidateScores(ratings, leniency, fourPoint, [{ competency: 'design', weight: 2 }]);
    expect(scores.competencies).toEqual([
      { competency: 'design', n: 2, rawMean: 3, calibratedMean: 2.875 },
      { competency: 'communication', n: 1, rawMean: 3, calibratedMean: 2.5 },
      { competency: 'coding', n: 2, rawMean: 2.5, calibratedMean: 2.5 },
      { competency: 'security', n: 0, rawMean: null, calibratedMean: null },
    ]);
    expect(scores.rawComposite).toMatchObject({ score: 2.875, competenciesMissing: ['security'] });
    expect(scores.calibratedComposite).toMatchObject({ score: 2.6875, competenciesMissing: ['security'] });
  });

  it('leaves an interviewer with no leniency figure as rated', () => {
    const scores = calibratedCandidateScores([rating('Z', 'design', 3)], new Map(), fourPoint);
    expect(scores.competencies[0]).toMatchObject({ rawMean: 3, calibratedMean: 3 });
  });

  it('refuses ratings of more than one candidate', () => {
    expect(() =>
      calibratedCandidateScores([rating('A', 'design', 3), { ...rating('B', 'design', 2), candidateId: 'c1' }], new Map(), fourPoint),
    ).toThrow(/one candidate/);
  });
});
