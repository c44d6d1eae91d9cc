import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { importSeedBank, SAVE_DRAFT, scheduleLoop, SUBMIT, type Loop, type Scorecard } from '../../support/interviews';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const CREATE_CANDIDATE = `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;
const SCHEDULE = `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`;

describe('input hygiene', () => {
  let t: TestApp;
  let org: TestOrganization;
  let recruiter: GraphQLTestClient;
  let interviewer: GraphQLTestClient;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'hygiene');
    const questionIds = await importSeedBank(t, org.id);
    recruiter = await signedIn(t.client(), org.members.RECRUITER);
    interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
    const manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
    loop = await scheduleLoop(
      { kitEditor: manager, scheduler: recruiter },
      org,
      questionIds,
      [org.members.INTERVIEWER],
      'hygiene@example.com',
    );
  });
  afterAll(() => t.close());

  it('refuses a NUL byte or a control character in a name, naming the field', async () => {
    for (const name of ['Casey\u0000Candidate', 'Casey\u001bCandidate', 'Casey\nCandidate', 'Casey\u0085']) {
      const result = await recruiter.request(CREATE_CANDIDATE, { input: { name, email: 'c@example.com', jobId: loop.jobId } });
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    }
  });

  it('refuses a NUL byte in a search and in a plain string argument', async () => {
    expect(errorOf(await recruiter.request(`query ($s: String) { candidates(search: $s) { id } }`, { s: 'a\u0000' })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(await recruiter.request(`query ($t: String!) { invitation(token: $t) { email } }`, { t: 'x\u0000' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'token',
    });
  });

  it('keeps tabs and line breaks in multi-line text, but no other control character', async () => {
    const scorecardId = loop.scorecardOf[org.members.INTERVIEWER.userId];
    const ok = await interviewer.request<{ saveScorecardDraft: Scorecard }>(SAVE_DRAFT, {
      input: { scorecardId, version: 1, summary: 'Line one\n\tLine two\r\n' },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.saveScorecardDraft.summary).toBe('Line one\n\tLine two\r\n');
    const bad = await interviewer.request(SAVE_DRAFT, {
      input: { scorecardId, version: ok.data?.saveScorecardDraft.version, summary: 'bell\u0007' },
    });
    expect(errorOf(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'summary' });
  });

  it('keeps the line breaks and indentation of a question’s code, and refuses them in its one-line label', async () => {
    const manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
    const code = 'function add(a, b) {\n\treturn a + b;\r\n}';
    const CREATE = `mutation ($input: QuestionContentInput!) { createQuestion(input: $input) { id current { code } } }`;
    const created = await manager.request<{ createQuestion: { current: { code: string } } }>(CREATE, {
      input: { prompt: 'What does add return?', code },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createQuestion.current.code).toBe(code);
    const bad = await manager.request(CREATE, { input: { prompt: 'What does add return?', label: 'Two\nlines' } });
    expect(errorOf(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'label' });
  });

  it.each(['-200000-01-01T00:00:00Z', '+275000-01-01T00:00:00Z', '1970-01-01T00:00:00Z'])(
    'refuses scheduledAt %s, naming it',
    async (scheduledAt) => {
      const result = await recruiter.request(SCHEDULE, {
        input: { loopId: loop.loopId, kitId: loop.kitId, scheduledAt, interviewerIds: [org.members.INTERVIEWER.userId] },
      });
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'scheduledAt' });
    },
  );

  it('refuses the same competency twice in competencyRatings, and the same question twice in answers', async () => {
    const other = await createOrganization(t.db, 'hygiene-dup');
    const questionIds = await importSeedBank(t, other.id);
    const manager = await signedIn(t.client(), other.members.HIRING_MANAGER);
    const scheduler = await signedIn(t.client(), other.members.RECRUITER);
    const dupLoop = await scheduleLoop(
      { kitEditor: manager, scheduler },
      other,
      questionIds,
      [other.members.INTERVIEWER],
      'dup@example.com',
    );
    const author = await signedIn(t.client(), other.members.INTERVIEWER);
    const scorecardId = dupLoop.scorecardOf[other.members.INTERVIEWER.userId];
    const ratings = [
      { competency: 'architecture', rating: 3 },
      { competency: 'architecture', rating: 2 },
    ];
    expect(errorOf(await author.request(SAVE_DRAFT, { input: { scorecardId, version: 1, competencyRatings: ratings } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'competencyRatings',
    });
    const answers = [0, 1].map(() => ({ questionId: dupLoop.questionIds[0], rating: 3, notAsked: false, notes: '' }));
    expect(errorOf(await author.request(SAVE_DRAFT, { input: { scorecardId, version: 1, answers } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'answers',
    });
  });

  it('refuses to submit a scorecard before its interview starts (CONFLICT)', async () => {
    const other = await createOrganization(t.db, 'hygiene-early');
    const questionIds = await importSeedBank(t, other.id);
    const manager = await signedIn(t.client(), other.members.HIRING_MANAGER);
    const scheduler = await signedIn(t.client(), other.members.RECRUITER);
    const early = await scheduleLoop(
      { kitEditor: manager, scheduler },
      other,
      questionIds,
      [other.members.INTERVIEWER],
      'early@example.com',
    );
    await t.db.query(`UPDATE interviews SET scheduled_at = now() + interval '30 minutes' WHERE id = $1`, [early.interviewId]);
    const author = await signedIn(t.client(), other.members.INTERVIEWER);
    const scorecardId = early.scorecardOf[other.members.INTERVIEWER.userId];
    const { saveScorecardDraft } = await author.ok<{ saveScorecardDraft: Scorecard }>(SAVE_DRAFT, {
      input: {
        scorecardId,
        version: 1,
        answers: early.questionIds.map((questionId) => ({ questionId, rating: 3, notAsked: false, notes: '' })),
        recommendation: 'YES',
        summary: 'Early.',
      },
    });
    expect(errorOf(await author.request(SUBMIT, { id: scorecardId, version: saveScorecardDraft.version })).code).toBe('CONFLICT');
    await t.db.query(`UPDATE interviews SET scheduled_at = now() - interval '1 minute' WHERE id = $1`, [early.interviewId]);
    expect((await author.request(SUBMIT, { id: scorecardId, version: saveScorecardDraft.version })).errors).toBeUndefined();
  });
});
