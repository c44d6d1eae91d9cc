import { errorOf, startTestApp, type TestApp } from '../../support/test-app';
import { SAVE_DRAFT } from '../../support/interviews';
import { addCandidate, openHiringDesk, type HiringDesk } from './hiring-desk';

const ERASE = `mutation ($input: EraseCandidateInput!) { eraseCandidate(input: $input) { name } }`;
const SAVE_CANDIDATE = `mutation ($input: SaveCandidateInput!) { saveCandidate(input: $input) { id } }`;
const START_LOOP = `mutation ($jobId: ID!, $candidateId: ID!) { startLoop(jobId: $jobId, candidateId: $candidateId) { id } }`;

/** Once erased, a person stays erased: no rename, no new loop, no new notes in an open scorecard. */
describe('writes about an erased candidate', () => {
  let t: TestApp;
  let desk: HiringDesk;

  beforeAll(async () => {
    t = await startTestApp();
    desk = await openHiringDesk(t, 'erased-writes');
  });
  afterAll(() => t.close());

  it('are refused with CONFLICT, and the tombstone stays as it is', async () => {
    const interviewer = desk.interviewers[0];
    const person = await addCandidate(desk, { name: 'Ruth Erasable', email: `ruth.${desk.org.slug}@example.com` }, [interviewer]);
    const [{ name: tombstone }] = await t.db.query<Array<{ name: string }>>(`SELECT name FROM candidates WHERE id = $1`, [
      person.candidateId,
    ]);
    expect(tombstone).toBe('Ruth Erasable');
    await desk.admin.ok(ERASE, { input: { candidateId: person.candidateId, confirmName: 'ruth erasable' } });
    const [{ name, version }] = await t.db.query<Array<{ name: string; version: number }>>(
      `SELECT name, version FROM candidates WHERE id = $1`,
      [person.candidateId],
    );

    const rename = await desk.recruiter.request(SAVE_CANDIDATE, {
      input: { id: person.candidateId, version, candidate: { name: 'Ruth Again', email: 'ruth.again@example.com', links: [] } },
    });
    expect(errorOf(rename)).toEqual({ code: 'CONFLICT', field: 'candidateId' });
    expect(errorOf(await desk.recruiter.request(START_LOOP, { jobId: desk.jobId, candidateId: person.candidateId })).code).toBe(
      'NOT_FOUND',
    );

    const client = await desk.clientOf(interviewer);
    const [{ version: scorecardVersion }] = await t.db.query<Array<{ version: number }>>(`SELECT version FROM scorecards WHERE id = $1`, [
      person.scorecardOf[interviewer.userId],
    ]);
    const note = await client.request(SAVE_DRAFT, {
      input: { scorecardId: person.scorecardOf[interviewer.userId], version: scorecardVersion, summary: 'Ruth said something memorable.' },
    });
    expect(errorOf(note)).toEqual({ code: 'CONFLICT', field: 'scorecardId' });
    const [after] = await t.db.query<Array<{ name: string }>>(`SELECT name FROM candidates WHERE id = $1`, [person.candidateId]);
    expect(after.name).toBe(name);
    expect(JSON.stringify(await t.db.query(`SELECT summary FROM scorecards WHERE candidate_id = $1`, [person.candidateId]))).not.toContain(
      'memorable',
    );
  });
});
