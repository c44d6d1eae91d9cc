import { aJob } from '../../../testing/loop-fixtures';
import { checkJob, jobFieldPath, jobFormValues, moveRound, toJobInput } from '../utils/job-form';

describe('job form values', () => {
  it('starts from the saved job, rounds in order, keeping their ids', () => {
    const { loops: _loops, ...job } = aJob();
    const values = jobFormValues({ ...job, rounds: [...job.rounds].reverse() });
    expect(values.rounds.map((round) => round.name)).toEqual(['Phone screen', 'System design']);
    expect(toJobInput(values).rounds).toEqual([
      { id: 'round-screen', name: 'Phone screen', kitId: 'kit-screen' },
      { id: 'round-design', name: 'System design', kitId: 'kit-design' },
    ]);
  });

  it('reports every problem by the path the API uses', () => {
    const problems = checkJob({
      title: ' ',
      team: '',
      hiringManagerId: '',
      status: 'OPEN',
      rounds: [{ key: 'a', id: null, name: '', kitId: '' }],
    });
    expect([...problems.keys()]).toEqual(['title', 'hiringManagerId', 'rounds.0.name', 'rounds.0.kitId']);
  });

  it('moves rounds within bounds', () => {
    const rounds = ['a', 'b', 'c'].map((key) => ({ key, id: null, name: key, kitId: 'k' }));
    expect(moveRound(rounds, 2, -1).map((round) => round.key)).toEqual(['a', 'c', 'b']);
    expect(moveRound(rounds, 0, -1).map((round) => round.key)).toEqual(['a', 'b', 'c']);
  });

  it('reads saveJob’s nested field paths as the form’s', () => {
    expect(jobFieldPath('job.rounds.1.kitId')).toBe('rounds.1.kitId');
    expect(jobFieldPath('hiringManagerId')).toBe('hiringManagerId');
  });
});
