import { createOrganization, signedIn, type TestMember, type TestOrganization } from '../../support/fixtures';
import {
  addInterviewer,
  importSeedBank,
  SAVE_DRAFT,
  SCORECARD_FIELDS,
  scheduleLoop,
  scoreAndSubmit,
  SUBMIT,
  type LoopMakers,
  type Scorecard,
} from '../../support/interviews';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';
import { statementsOf } from '../../support/statements';

const AMEND = `mutation ($input: AmendScorecardInput!) { amendScorecard(input: $input) { ${SCORECARD_FIELDS} } }`;
const GET = `query ($id: ID!) { scorecard(id: $id) { ${SCORECARD_FIELDS} } }`;
const HISTORY = `query ($id: ID!) { scorecard(id: $id) { id history { revision reason createdByName content { recommendation summary answers { questionId rating } } } } }`;

describe('scorecards: autosave, submit, amend', () => {
  let t: TestApp;
  let org: TestOrganization;
  let questionIds: string[];
  let recruiter: GraphQLTestClient;
  let makers: LoopMakers;
  let ivan: TestMember;
  let ines: TestMember;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'scoring');
    questionIds = await importSeedBank(t, org.id);
    recruiter = await signedIn(t.client(), org.members.RECRUITER);
    makers = { kitEditor: await signedIn(t.client(), org.members.HIRING_MANAGER), scheduler: recruiter };
    ivan = org.members.INTERVIEWER;
    ines = await addInterviewer(t, org, 'Ines Interviewer');
  });
  afterAll(() => t.close());

  let emails = 0;
  const newLoop = (panel = [ivan, ines, org.members.HIRING_MANAGER]) =>
    scheduleLoop(makers, org, questionIds, panel, `casey.${++emails}@example.com`);
  const as = (member: TestMember) => signedIn(t.client(), member);
  const stored = async (scorecardId: string) =>
    (
      await t.db.query<Array<{ status: string; version: number; answers: number }>>(
        `SELECT status, version, (SELECT count(*)::int FROM scorecard_answers WHERE scorecard_id = s.id) AS answers FROM scorecards s WHERE id = $1`,
        [scorecardId],
      )
    )[0];

  it('autosaves partial changes, each acknowledged with a new version', async () => {
    const loop = await newLoop();
    const client = await as(ivan);
    const id = loop.scorecardOf[ivan.userId];
    const first = await client.ok<{ saveScorecardDraft: Scorecard }>(SAVE_DRAFT, {
      input: { scorecardId: id, version: 1, answers: [{ questionId: loop.questionIds[0], rating: 3, notes: 'Named the CAP trade-off.' }] },
    });
    expect(first.saveScorecardDraft).toMatchObject({
      status: 'DRAFT',
      version: 2,
      answers: [{ questionId: loop.questionIds[0], rating: 3, notAsked: false, notes: 'Named the CAP trade-off.' }],
    });
    const second = await client.ok<{ saveScorecardDraft: Scorecard }>(SAVE_DRAFT, {
      input: {
        scorecardId: id,
        version: 2,
        answers: [{ questionId: loop.questionIds[1], rating: null, notAsked: true }],
        summary: 'So far solid.',
      },
    });
    expect(second.saveScorecardDraft.version).toBe(3);
    expect(second.saveScorecardDraft.answers).toHaveLength(2);
    expect(second.saveScorecardDraft.summary).toBe('So far solid.');
  });

  it('autosaves in one statement: the version-checked UPDATE, the upserts and the saved scorecard together', async () => {
    const loop = await newLoop();
    const client = await as(ivan);
    const id = loop.scorecardOf[ivan.userId];
    // The first save also tells live panel pages that scoring started (one more statement, once).
    await client.ok(SAVE_DRAFT, { input: { scorecardId: id, version: 1, summary: 'Started.' } });
    const { statements, result: saved } = await statementsOf(() =>
      client.ok<{ saveScorecardDraft: Scorecard }>(SAVE_DRAFT, {
        input: {
          scorecardId: id,
          version: 2,
          answers: [{ questionId: loop.questionIds[0], rating: 2, notes: 'Partly.' }],
          competencyRatings: [{ competency: 'architecture', rating: 3 }],
          recommendation: 'YES',
        },
      }),
    );
    expect(statements).toBe(1);
    expect(saved.saveScorecardDraft).toMatchObject({
      status: 'DRAFT',
      version: 3,
      summary: 'Started.',
      recommendation: 'YES',
      answers: [{ questionId: loop.questionIds[0], rating: 2, notAsked: false, notes: 'Partly.' }],
      competencyRatings: [{ competency: 'architecture', rating: 3 }],
    });
    // What was answered is what is stored.
    expect(await client.ok(GET, { id })).toEqual({ scorecard: saved.saveScorecardDraft });
  });

  it('lets exactly one of two saves on the same version win; the other is a CONFLICT and changes nothing', async () => {
    const loop = await newLoop();
    const [tabA, tabB] = await Promise.all([as(ivan), as(ivan)]);
    const id = loop.scorecardOf[ivan.userId];
    const save = (client: GraphQLTestClient, notes: string) =>
      client.request<{ saveScorecardDraft: Scorecard }>(SAVE_DRAFT, {
        input: { scorecardId: id, version: 1, answers: [{ questionId: loop.questionIds[0], rating: 2, notes }] },
      });
    const results = await Promise.all([save(tabA, 'from tab A'), save(tabB, 'from tab B')]);
    const conflicts = results.filter((result) => errorOf(result).code === 'CONFLICT');
    const wins = results.filter((result) => !result.errors);
    expect(conflicts).toHaveLength(1);
    expect(errorOf(conflicts[0]).field).toBe('version');
    expect(wins).toHaveLength(1);
    const { scorecard } = await tabA.ok<{ scorecard: Scorecard }>(GET, { id });
    expect(scorecard.version).toBe(2);
    expect(scorecard.answers[0].notes).toBe(wins[0].data?.saveScorecardDraft.answers[0].notes);
  });

  it('refuses bad input with the field named and nothing written', async () => {
    const loop = await newLoop();
    const client = await as(ivan);
    const id = loop.scorecardOf[ivan.userId];
    const attempt = (input: Record<string, unknown>) => client.request(SAVE_DRAFT, { input: { scorecardId: id, version: 1, ...input } });
    expect(errorOf(await attempt({ answers: [{ questionId: loop.questionIds[0], rating: 5 }] }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'answers.0.rating',
    });
    expect(errorOf(await attempt({ answers: [{ questionId: loop.questionIds[0], rating: 0 }] }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'answers.0.rating',
    });
    expect(errorOf(await attempt({ answers: [{ questionId: questionIds[10], rating: 2 }] }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'answers.0.questionId',
    });
    expect(errorOf(await attempt({ answers: [{ questionId: loop.questionIds[0], rating: 2, notAsked: true }] }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'answers.0.rating',
    });
    expect(errorOf(await attempt({ competencyRatings: [{ competency: 'cooking', rating: 2 }] }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'competencyRatings.0.competency',
    });
    expect(await stored(id)).toEqual({ status: 'PENDING', version: 1, answers: 0 });

    await client.ok(SAVE_DRAFT, {
      input: { scorecardId: id, version: 1, answers: [{ questionId: loop.questionIds[0], rating: 2 }], summary: 'Thin.' },
    });
    const noRecommendation = await client.request(SUBMIT, { id, version: 2 });
    expect(errorOf(noRecommendation)).toEqual({ code: 'BAD_USER_INPUT', field: 'recommendation' });
    expect(await stored(id)).toEqual({ status: 'DRAFT', version: 2, answers: 1 });
  });

  it('locks a submitted scorecard: untouched questions become "not asked", and edits after submit are refused', async () => {
    const loop = await newLoop();
    const client = await as(ivan);
    const id = loop.scorecardOf[ivan.userId];
    const { saveScorecardDraft } = await client.ok<{ saveScorecardDraft: Scorecard }>(SAVE_DRAFT, {
      input: {
        scorecardId: id,
        version: 1,
        answers: [
          { questionId: loop.questionIds[0], rating: 4 },
          { questionId: loop.questionIds[1], rating: 3 },
        ],
        recommendation: 'STRONG_YES',
        summary: 'Excellent.',
      },
    });
    const { submitScorecard } = await client.ok<{ submitScorecard: Scorecard }>(SUBMIT, { id, version: saveScorecardDraft.version });
    expect(submitScorecard).toMatchObject({ status: 'SUBMITTED', revision: 1, recommendation: 'STRONG_YES' });
    expect(submitScorecard.answers.find((answer) => answer.questionId === loop.questionIds[2])).toMatchObject({
      rating: null,
      notAsked: true,
    });
    // Competency ratings were never chosen: each takes the rounded mean of its answers.
    expect(submitScorecard.competencyRatings).toEqual([
      { competency: 'architecture', rating: 4 },
      { competency: 'communication', rating: null },
    ]);

    const edit = await client.request(SAVE_DRAFT, {
      input: { scorecardId: id, version: submitScorecard.version, summary: 'Changed my mind' },
    });
    expect(errorOf(edit)).toEqual({ code: 'CONFLICT', field: 'status' });
    const resubmit = await client.request(SUBMIT, { id, version: submitScorecard.version });
    expect(errorOf(resubmit)).toEqual({ code: 'CONFLICT', field: 'status' });
    const { scorecard } = await client.ok<{ scorecard: Scorecard }>(GET, { id });
    expect(scorecard.summary).toBe('Excellent.');
  });

  it('amends as a new revision with a reason; the history is kept and shown to hiring managers and admins', async () => {
    const loop = await newLoop([ivan, ines]);
    const client = await as(ivan);
    const id = loop.scorecardOf[ivan.userId];
    const submitted = await scoreAndSubmit(client, id, loop.questionIds, [2, 2, 3], 'NO');
    const withoutReason = await client.request(AMEND, {
      input: { scorecardId: id, version: submitted.version, reason: '', recommendation: 'YES' },
    });
    expect(errorOf(withoutReason)).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const { amendScorecard } = await client.ok<{ amendScorecard: Scorecard }>(AMEND, {
      input: {
        scorecardId: id,
        version: submitted.version,
        reason: 'Mixed up two candidates in my notes.',
        recommendation: 'YES',
        answers: [{ questionId: loop.questionIds[0], rating: 3, notes: 'corrected' }],
      },
    });
    expect(amendScorecard).toMatchObject({ status: 'SUBMITTED', revision: 2, recommendation: 'YES' });

    for (const member of [org.members.HIRING_MANAGER, org.members.ADMIN, ivan]) {
      const { scorecard } = await (
        await as(member)
      ).ok<{ scorecard: { history: Array<{ revision: number; reason: string; content: { recommendation: string } }> } }>(HISTORY, { id });
      expect(scorecard.history.map((entry) => [entry.revision, entry.reason, entry.content.recommendation])).toEqual([
        [2, 'Mixed up two candidates in my notes.', 'YES'],
        [1, 'Submitted', 'NO'],
      ]);
    }
    const recruiterView = await recruiter.request(HISTORY, { id });
    expect(errorOf(recruiterView).code).toBe('FORBIDDEN');
    await expect(t.db.query(`UPDATE scorecard_revisions SET reason = 'rewritten' WHERE scorecard_id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`DELETE FROM scorecard_revisions WHERE scorecard_id = $1`, [id])).rejects.toThrow(/append-only/);
  });

  it('lets only the panel member write on their scorecard', async () => {
    const loop = await newLoop();
    const inesScorecard = loop.scorecardOf[ines.userId];
    const change = { input: { scorecardId: inesScorecard, version: 1, summary: 'not mine' } };
    expect(errorOf(await (await as(ivan)).request(SAVE_DRAFT, change)).code).toBe('FORBIDDEN');
    expect(errorOf(await (await as(org.members.ADMIN)).request(SAVE_DRAFT, change)).code).toBe('FORBIDDEN');
    expect(errorOf(await recruiter.request(SAVE_DRAFT, change)).code).toBe('FORBIDDEN');
    const outsider = await createOrganization(t.db, 'outsider');
    expect(errorOf(await (await as(outsider.members.INTERVIEWER)).request(SAVE_DRAFT, change)).code).toBe('NOT_FOUND');
    expect(await stored(inesScorecard)).toEqual({ status: 'PENDING', version: 1, answers: 0 });
  });
});
