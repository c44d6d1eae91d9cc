import { addMember, createOrganization, signedIn, type TestMember, type TestOrganization } from '../../support/fixtures';
import { addInterviewer, importSeedBank, scheduleLoop, scoreAndSubmit, type Loop, type LoopMakers } from '../../support/interviews';
import { errorOf, startTestApp, type TestApp } from '../../support/test-app';

const CALIBRATION = `{ interviewerCalibration { interviewer { name } scorecards ratings comparisons rawLeniency shrunkLeniency label } }`;
const RELIABILITY = `{ jobReliability { jobId candidates reliability { alpha pairableValues unitsUsed } } }`;
const COMPARE = `query ($jobId: ID!) { jobComparison(jobId: $jobId) {
  rows { candidate { name } visible competencies { competency n mean calibratedMean } tally { total } rawComposite { score } calibratedComposite { score }
    summaries { interviewer { name } summary } }
  reliability { alpha pairableValues unitsUsed } } }`;
const CSV = `query ($jobId: ID!) { jobComparisonCsv(jobId: $jobId) { content } }`;
const PANEL = `query ($loopId: ID!) { panelScorecard(loopId: $loopId) { visible competencies { competency n mean calibratedMean } calibratedComposite { score }
  scorecards { interviewer { name } leniency leniencyLabel ratings { rating } } } }`;
const DECIDE = `mutation ($input: RecordHiringDecisionInput!) { recordHiringDecision(input: $input) { decision } }`;
const SCHEDULE = `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { panel { id interviewer { userId } } } }`;

/**
 * Independence everywhere: while a person owes a scorecard for a candidate, no figure they can read
 * may depend on colleagues' ratings of that candidate. Each read path is run before and after a
 * colleague's ratings of the candidate change; the answers must not move.
 */
describe('independence in every derived figure', () => {
  let t: TestApp;
  let org: TestOrganization;
  let questionIds: string[];
  let makers: LoopMakers;
  let ines: TestMember;
  let ola: TestMember;
  let manager: TestMember;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'independence');
    questionIds = await importSeedBank(t, org.id);
    manager = org.members.HIRING_MANAGER;
    makers = { kitEditor: await signedIn(t.client(), manager), scheduler: await signedIn(t.client(), org.members.RECRUITER) };
    [ines, ola] = [await addInterviewer(t, org, 'Ines Figures'), await addInterviewer(t, org, 'Ola Figures')];
  });
  afterAll(() => t.close());

  let candidates = 0;
  async function panelOf(panel: TestMember[], ratings: number[][]): Promise<Loop> {
    const loop = await scheduleLoop(makers, org, questionIds, panel, `figures.${++candidates}.${org.slug}@example.com`);
    for (const [index, member] of panel.entries()) {
      if (ratings[index])
        await scoreAndSubmit(await signedIn(t.client(), member), loop.scorecardOf[member.userId], loop.questionIds, ratings[index]);
    }
    return loop;
  }

  /** A second interview in the loop, for `member`, who then owes a scorecard for that candidate. */
  async function owe(loop: Loop, member: TestMember): Promise<void> {
    const [{ round_id }] = await t.db.query<Array<{ round_id: string }>>(`SELECT round_id FROM interviews WHERE id = $1`, [
      loop.interviewId,
    ]);
    await makers.scheduler.ok(SCHEDULE, {
      input: { loopId: loop.loopId, roundId: round_id, scheduledAt: '2026-12-02T10:00:00Z', interviewerIds: [member.userId] },
    });
  }

  async function setColleagueRatings(loop: Loop, colleague: TestMember, rating: number): Promise<void> {
    const params = [loop.scorecardOf[colleague.userId], rating];
    await t.db.query(`UPDATE scorecard_competency_ratings SET rating = $2 WHERE scorecard_id = $1`, params);
    await t.db.query(`UPDATE scorecard_answers SET rating = $2 WHERE scorecard_id = $1 AND rating IS NOT NULL`, params);
  }

  it('regression: an interviewer who still owes a scorecard for a candidate learns nothing of a colleague’s ratings from calibration', async () => {
    const shared = await panelOf(
      [ines, ola],
      [
        [4, 4, 4],
        [1, 1, 1],
      ],
    );
    await owe(shared, ines);
    const client = await signedIn(t.client(), ines);
    const { interviewerCalibration } = await client.ok<{
      interviewerCalibration: Array<{ comparisons: number; rawLeniency: number | null }>;
    }>(CALIBRATION);
    expect(interviewerCalibration).toEqual([expect.objectContaining({ comparisons: 0, rawLeniency: null })]);
  });

  it('calibration shows nothing until an interviewer shares enough candidates with co-panelists', async () => {
    const pair = [await addInterviewer(t, org, 'Pia Pair'), await addInterviewer(t, org, 'Quin Pair')];
    const calibrationOf = async () => {
      const { interviewerCalibration } = await (
        await signedIn(t.client(), pair[0])
      ).ok<{ interviewerCalibration: Array<{ rawLeniency: number | null; label: string }> }>(CALIBRATION);
      return interviewerCalibration[0];
    };
    await panelOf(pair, [
      [4, 4, 4],
      [2, 2, 2],
    ]);
    await panelOf(pair, [
      [4, 4, 4],
      [2, 2, 2],
    ]);
    expect(await calibrationOf()).toMatchObject({ rawLeniency: null, label: 'not enough data' });
    await panelOf(pair, [
      [4, 4, 4],
      [2, 2, 2],
    ]);
    expect(await calibrationOf()).toMatchObject({ rawLeniency: 2, label: 'lenient' });
  });

  it('regression: a hiring manager cannot record a decision while their own scorecard for the candidate is not submitted', async () => {
    const loop = await panelOf([ines, manager], [[3, 3, 3]]);
    const client = await signedIn(t.client(), manager);
    const decide = () =>
      client.request(DECIDE, { input: { loopId: loop.loopId, decision: 'HIRE', rationale: 'Strong across the panel.' } });
    expect(errorOf(await decide())).toEqual({ code: 'CONFLICT', field: 'loopId' });
    expect(await t.db.query(`SELECT 1 FROM hiring_decisions WHERE loop_id = $1`, [loop.loopId])).toHaveLength(0);
    await scoreAndSubmit(client, loop.scorecardOf[manager.userId], loop.questionIds, [2, 2, 2]);
    expect((await decide()).errors).toBeUndefined();
  });

  it('no read path a person with an owed scorecard can call moves when a colleague’s ratings of that candidate change', async () => {
    const viewer = await addMember(t.db, org.id, { email: `viewer.${org.slug}@test.dev`, name: 'Vera Viewer', role: 'HIRING_MANAGER' });
    // Candidate C: Ines and Ola submitted, the viewer owes a scorecard. Candidate D: open to everyone.
    const owed = await panelOf(
      [ines, ola, viewer],
      [
        [4, 3, 4],
        [2, 2, 1],
      ],
    );
    const open = await panelOf(
      [ines, ola],
      [
        [3, 3, 3],
        [2, 3, 2],
      ],
    );
    const client = await signedIn(t.client(), viewer);
    const reads: Array<[string, () => Promise<unknown>]> = [
      ['calibration', () => client.ok(CALIBRATION)],
      ['reliability per job', () => client.ok(RELIABILITY)],
      ['comparison of the owed candidate’s job', () => client.ok(COMPARE, { jobId: owed.jobId })],
      ['comparison CSV', () => client.ok(CSV, { jobId: owed.jobId })],
      ['panel scorecard of the owed candidate', () => client.ok(PANEL, { loopId: owed.loopId })],
      ['panel scorecard of another candidate (calibrated scores)', () => client.request(PANEL, { loopId: open.loopId })],
      ['comparison of another job', () => client.ok(COMPARE, { jobId: open.jobId })],
    ];
    const before = await Promise.all(reads.map(([, read]) => read()));
    // The printed debrief's written summaries follow the same rule: none of the owed candidate's, the other's all.
    type Comparison = { jobComparison: { rows: Array<{ summaries: unknown[] }> } };
    expect((before[2] as Comparison).jobComparison.rows.map((row) => row.summaries)).toEqual([[]]);
    expect((before[6] as Comparison).jobComparison.rows.map((row) => row.summaries.length)).toEqual([2]);
    await setColleagueRatings(owed, ola, 4);
    await setColleagueRatings(owed, ines, 1);
    const after = await Promise.all(reads.map(([, read]) => read()));
    for (const [index, [name]] of reads.entries()) expect([name, after[index]]).toEqual([name, before[index]]);
  });
});
