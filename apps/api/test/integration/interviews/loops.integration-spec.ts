import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { addInterviewer, importSeedBank, SAVE_DRAFT, scheduleLoop, scoreAndSubmit, type LoopMakers } from '../../support/interviews';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';
import { statementsOf } from '../../support/statements';

const CREATE_JOB = `mutation ($input: JobInput!) { createJob(input: $input) { id version title rounds { id name kit { id } } hiringManager { name } } }`;
const SAVE_JOB = `mutation ($input: SaveJobInput!) { saveJob(input: $input) { id version status rounds { id name } } }`;
const CREATE_CANDIDATE = `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { id loops { id } } }`;
const SCHEDULE = `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id version durationMinutes panel { id status interviewer { userId } } kit { title sections { competency questions { questionId revision { prompt } } } } } }`;
const RESCHEDULE = `mutation ($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { id version scheduledAt panel { interviewer { userId } } } }`;
const JOB_PAGE = `query ($id: ID!) { job(id: $id) { id title candidateCount rounds { name kit { title } }
  loops { id candidate { name email } interviews { id scheduledAt roundName kit { title sections { questions { revision { prompt } } } } panel { status interviewer { name } } } repeatedQuestions { questionId prompt interviewIds } } } }`;

describe('jobs, candidates and interview loops', () => {
  let t: TestApp;
  let org: TestOrganization;
  let questionIds: string[];
  let recruiter: GraphQLTestClient;
  let makers: LoopMakers;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'loops');
    questionIds = await importSeedBank(t, org.id);
    recruiter = await signedIn(t.client(), org.members.RECRUITER);
    makers = { kitEditor: await signedIn(t.client(), org.members.HIRING_MANAGER), scheduler: recruiter };
  });
  afterAll(() => t.close());

  it('schedules a loop whose interview keeps the kit as it was, even after the kit changes', async () => {
    const loop = await scheduleLoop(makers, org, questionIds, [org.members.INTERVIEWER], 'kit.snapshot@example.com');
    await t.db.query(`DELETE FROM kit_questions WHERE kit_id = $1`, [loop.kitId]);
    const { interview } = await recruiter.ok<{ interview: { kit: { sections: Array<{ questions: Array<{ questionId: string }> }> } } }>(
      `query ($id: ID!) { interview(id: $id) { kit { sections { questions { questionId } } } } }`,
      { id: loop.interviewId },
    );
    expect(interview.kit.sections.flatMap((section) => section.questions.map((q) => q.questionId))).toEqual(loop.questionIds);
  });

  it('refuses a hiring manager without that role, a foreign kit and a recruiter on a panel, naming the field', async () => {
    const loop = await scheduleLoop(makers, org, questionIds, [org.members.INTERVIEWER], 'fields@example.com');
    const job = { title: 'SRE', team: '', hiringManagerId: org.members.RECRUITER.userId, rounds: [] };
    expect(errorOf(await recruiter.request(CREATE_JOB, { input: job }))).toEqual({ code: 'BAD_USER_INPUT', field: 'hiringManagerId' });
    const other = await createOrganization(t.db, 'foreign');
    const [foreignKit] = await t.db.query<Array<{ id: string }>>(
      `INSERT INTO kits (organization_id, role_name, title, interview_minutes, rating_scale) VALUES ($1, 'x', 'x', 30, '[{},{},{}]') RETURNING id`,
      [other.id],
    );
    const withForeignKit = {
      ...job,
      hiringManagerId: org.members.HIRING_MANAGER.userId,
      rounds: [{ name: 'Onsite', kitId: foreignKit.id }],
    };
    expect(errorOf(await recruiter.request(CREATE_JOB, { input: withForeignKit }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'rounds.0.kitId',
    });

    const schedule = (interviewerIds: string[]) =>
      recruiter.request(SCHEDULE, {
        input: { loopId: loop.loopId, kitId: loop.kitId, scheduledAt: '2026-12-02T09:00:00Z', interviewerIds },
      });
    expect(errorOf(await schedule([org.members.INTERVIEWER.userId, org.members.RECRUITER.userId]))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'interviewerIds.1',
    });
    expect(errorOf(await schedule([other.members.INTERVIEWER.userId]))).toEqual({ code: 'BAD_USER_INPUT', field: 'interviewerIds.0' });
    expect(errorOf(await schedule([]))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'interviewerIds' });
    const interviews = await t.db.query(`SELECT id FROM interviews WHERE loop_id = $1`, [loop.loopId]);
    expect(interviews).toHaveLength(1);
  });

  it('keeps one email per candidate and one loop per candidate and job', async () => {
    const loop = await scheduleLoop(makers, org, questionIds, [org.members.INTERVIEWER], 'unique@example.com');
    const duplicate = await recruiter.request(CREATE_CANDIDATE, { input: { name: 'Again', email: 'UNIQUE@example.com', links: [] } });
    expect(errorOf(duplicate)).toEqual({ code: 'CONFLICT', field: 'email' });
    const badLink = await recruiter.request(CREATE_CANDIDATE, {
      input: { name: 'Linky', email: 'linky@example.com', links: ['javascript:alert(1)'] },
    });
    expect(errorOf(badLink)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'links' });
    const again = await recruiter.request(`mutation ($j: ID!, $c: ID!) { startLoop(jobId: $j, candidateId: $c) { id } }`, {
      j: loop.jobId,
      c: loop.candidateId,
    });
    expect(errorOf(again)).toEqual({ code: 'CONFLICT', field: 'candidateId' });
  });

  it('saves a job only on its current version and keeps round ids so interviews stay linked', async () => {
    const loop = await scheduleLoop(makers, org, questionIds, [org.members.INTERVIEWER], 'versions@example.com');
    const { job } = await recruiter.ok<{ job: { version: number; rounds: Array<{ id: string; name: string }> } }>(
      `query ($id: ID!) { job(id: $id) { version rounds { id name } } }`,
      { id: loop.jobId },
    );
    const input = (version: number, title: string) => ({
      id: loop.jobId,
      version,
      status: 'CLOSED',
      job: {
        title,
        team: 'Platform',
        hiringManagerId: org.members.HIRING_MANAGER.userId,
        rounds: [
          { name: 'Screen', kitId: loop.kitId },
          { id: job.rounds[0].id, name: 'Technical (renamed)', kitId: loop.kitId },
        ],
      },
    });
    const { saveJob } = await recruiter.ok<{ saveJob: { version: number; status: string; rounds: Array<{ id: string; name: string }> } }>(
      SAVE_JOB,
      { input: input(job.version, 'Backend Engineer II') },
    );
    expect(saveJob).toMatchObject({ version: job.version + 1, status: 'CLOSED' });
    expect(saveJob.rounds.map((round) => round.name)).toEqual(['Screen', 'Technical (renamed)']);
    expect(saveJob.rounds[1].id).toBe(job.rounds[0].id);
    expect(errorOf(await recruiter.request(SAVE_JOB, { input: input(job.version, 'Stale') }))).toEqual({
      code: 'CONFLICT',
      field: 'version',
    });
    const { interview } = await recruiter.ok<{ interview: { roundName: string } }>(
      `query ($id: ID!) { interview(id: $id) { roundName } }`,
      { id: loop.interviewId },
    );
    expect(interview.roundName).toBe('Technical (renamed)');
  });

  it('reschedules with the version checked, and never drops an interviewer who has started scoring', async () => {
    const ines = await addInterviewer(t, org, 'Ines Reschedule');
    const loop = await scheduleLoop(makers, org, questionIds, [org.members.INTERVIEWER, ines], 'reschedule@example.com');
    const inesClient = await signedIn(t.client(), ines);
    await inesClient.ok(SAVE_DRAFT, { input: { scorecardId: loop.scorecardOf[ines.userId], version: 1, summary: 'started' } });
    const move = (version: number, interviewerIds: string[]) =>
      recruiter.request<{ rescheduleInterview: { version: number; panel: Array<{ interviewer: { userId: string } }> } }>(RESCHEDULE, {
        input: { id: loop.interviewId, version, scheduledAt: '2026-12-03T15:30:00Z', interviewerIds },
      });
    expect(errorOf(await move(1, [org.members.INTERVIEWER.userId]))).toEqual({ code: 'CONFLICT', field: 'interviewerIds' });
    const moved = await move(1, [ines.userId, org.members.ADMIN.userId]);
    expect(moved.data?.rescheduleInterview.panel.map((seat) => seat.interviewer.userId).sort()).toEqual(
      [ines.userId, org.members.ADMIN.userId].sort(),
    );
    expect(errorOf(await move(1, [ines.userId]))).toEqual({ code: 'CONFLICT', field: 'version' });
    const cancel = await recruiter.request(`mutation ($id: ID!) { cancelInterview(id: $id) }`, { id: loop.interviewId });
    expect(errorOf(cancel)).toEqual({ code: 'CONFLICT', field: 'id' });
  });

  it('lists the scorecards to chase: owed after the interview ended, never submitted or future ones, never another organization’s', async () => {
    const ines = await addInterviewer(t, org, 'Ines Overdue');
    const loop = await scheduleLoop(makers, org, questionIds, [org.members.INTERVIEWER, ines], 'overdue@example.com');
    await t.db.query(`UPDATE interviews SET scheduled_at = now() - interval '2 days' WHERE id = $1`, [loop.interviewId]);
    const inesClient = await signedIn(t.client(), ines);
    await scoreAndSubmit(inesClient, loop.scorecardOf[ines.userId], loop.questionIds, [3, 3, 3]);
    const future = await scheduleLoop(makers, org, questionIds, [org.members.INTERVIEWER], 'future@example.com');
    await t.db.query(`UPDATE interviews SET scheduled_at = now() + interval '1 day' WHERE id = $1`, [future.interviewId]);
    const other = await createOrganization(t.db, 'overdue-elsewhere');
    const { overdueScorecards } = await recruiter.ok<{
      overdueScorecards: Array<{ id: string; interviewer: { name: string }; candidate: { name: string }; status: string }>;
    }>(`query { overdueScorecards { id interviewId loopId jobTitle roundName candidate { name } interviewer { name } status endedAt } }`);
    const ids = overdueScorecards.map((card) => card.id);
    expect(ids).toContain(loop.scorecardOf[org.members.INTERVIEWER.userId]);
    expect(ids).not.toContain(loop.scorecardOf[ines.userId]);
    expect(ids).not.toContain(future.scorecardOf[org.members.INTERVIEWER.userId]);
    expect(overdueScorecards.find((card) => card.id === loop.scorecardOf[org.members.INTERVIEWER.userId])).toMatchObject({
      status: 'PENDING',
      candidate: { name: 'Casey Candidate' },
    });
    const elsewhere = await signedIn(t.client(), other.members.RECRUITER);
    expect((await elsewhere.ok<{ overdueScorecards: unknown[] }>(`query { overdueScorecards { id } }`)).overdueScorecards).toEqual([]);
    expect(errorOf(await (await signedIn(t.client(), org.members.INTERVIEWER)).request(`query { overdueScorecards { id } }`)).code).toBe(
      'FORBIDDEN',
    );
  });

  it('lists an interviewer’s own interviews only, and keeps loop pages to loop managers', async () => {
    const loop = await scheduleLoop(makers, org, questionIds, [org.members.ADMIN], 'mine@example.com');
    const interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
    const { myInterviews } = await interviewer.ok<{ myInterviews: Array<{ id: string }> }>(`query { myInterviews { id } }`);
    expect(myInterviews.map((interview) => interview.id)).not.toContain(loop.interviewId);
    const admin = await signedIn(t.client(), org.members.ADMIN);
    const mine = await admin.ok<{ myInterviews: Array<{ id: string; candidate: { name: string } }> }>(
      `query { myInterviews { id candidate { name } } }`,
    );
    expect(mine.myInterviews.map((interview) => interview.id)).toContain(loop.interviewId);
    expect(errorOf(await interviewer.request(JOB_PAGE, { id: loop.jobId })).code).toBe('FORBIDDEN');
    expect(errorOf(await interviewer.request(`query { candidates { id email } }`)).code).toBe('FORBIDDEN');
    expect(errorOf(await recruiter.request(`query { myInterviews { id } }`)).code).toBe('FORBIDDEN');
  });

  it('loads My interviews with kits, rubrics, panels and own scorecards in a constant number of statements', async () => {
    const member = await addInterviewer(t, org, 'Mia Many');
    const client = await signedIn(t.client(), member);
    const MINE = `query { myInterviews { id candidate { name } kit { sections { questions { revision { prompt rubric { lookFor } } } } } panel { status interviewer { name } } myScorecard { status answers { rating } } } }`;
    const count = async () => {
      const { statements, result } = await statementsOf(() => client.ok<{ myInterviews: unknown[] }>(MINE));
      return { statements, interviews: result.myInterviews.length };
    };
    await scheduleLoop(makers, org, questionIds, [member], 'mine.0@example.com');
    const one = await count();
    for (let index = 1; index <= 5; index++)
      await scheduleLoop(makers, org, questionIds, [member, org.members.INTERVIEWER], `mine.${index}@example.com`);
    const six = await count();
    expect([one.interviews, six.interviews]).toEqual([1, 6]);
    expect(six.statements).toBe(one.statements);
    // The interviews with the own scorecards, the revisions asked, the panels.
    expect(six.statements).toBe(3);

    // The page's own document selects only `kit { title }` and the scorecard's status: one statement.
    const page = readFileSync(join(__dirname, '../../../../web/src/modules/interviews/graphql/my-interviews.query.graphql'), 'utf8');
    const { statements, result } = await statementsOf(() =>
      client.ok<{ myInterviews: Array<{ kit: { title: string }; myScorecard: { status: string } }> }>(page),
    );
    const { myInterviews } = result;
    expect(myInterviews).toHaveLength(6);
    expect(myInterviews[0].kit.title).toMatch(/\S/);
    expect(myInterviews[0].myScorecard.status).toBe('PENDING');
    expect(statements).toBe(1);
  });

  it('loads a job page with many loops, interviews and panels in a constant number of statements, and flags repeated questions', async () => {
    const loop = await scheduleLoop(makers, org, questionIds, [org.members.INTERVIEWER], 'statements.0@example.com');
    const count = async () => (await statementsOf(() => recruiter.ok(JOB_PAGE, { id: loop.jobId }))).statements;
    const small = await count();
    for (let index = 1; index <= 6; index++) {
      const { createCandidate } = await recruiter.ok<{ createCandidate: { loops: Array<{ id: string }> } }>(CREATE_CANDIDATE, {
        input: { name: `Candidate ${index}`, email: `statements.${index}@example.com`, links: [], jobId: loop.jobId },
      });
      for (const day of [4, 5]) {
        await recruiter.ok(SCHEDULE, {
          input: {
            loopId: createCandidate.loops[0].id,
            kitId: loop.kitId,
            scheduledAt: `2026-12-0${day}T10:00:00Z`,
            interviewerIds: [org.members.INTERVIEWER.userId, org.members.ADMIN.userId],
          },
        });
      }
    }
    expect(await count()).toBe(small);
    const { job } = await recruiter.ok<{
      job: {
        candidateCount: number;
        loops: Array<{ interviews: unknown[]; repeatedQuestions: Array<{ questionId: string; interviewIds: string[] }> }>;
      };
    }>(JOB_PAGE, { id: loop.jobId });
    expect(job.candidateCount).toBe(7);
    const twice = job.loops.find((l) => l.interviews.length === 2);
    expect(twice?.repeatedQuestions.map((repeat) => repeat.questionId).sort()).toEqual([...loop.questionIds].sort());
    expect(twice?.repeatedQuestions.every((repeat) => (repeat as { prompt?: string }).prompt?.length)).toBe(true);
  });
});
