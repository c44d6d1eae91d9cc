import { createOrganization, signedIn, type TestMember, type TestOrganization } from '../../support/fixtures';
import {
  addInterviewer,
  importSeedBank,
  SAVE_DRAFT,
  SCORECARD_FIELDS,
  scheduleLoop,
  scoreAndSubmit,
  SUBMIT,
  type Loop,
} from '../../support/interviews';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const SECRET = 'Ines private evidence: weak on indexing';

/** Every query an interviewer may run that could carry a colleague's scorecard. */
const READS = {
  scorecard: `query ($id: ID!) { scorecard(id: $id) { ${SCORECARD_FIELDS} } }`,
  interview: `query ($interviewId: ID!) { interview(id: $interviewId) { id panel { id status interviewer { name } } myScorecard { ${SCORECARD_FIELDS} } scorecards { ${SCORECARD_FIELDS} } } }`,
  myInterviews: `query { myInterviews { id panel { id status } myScorecard { ${SCORECARD_FIELDS} } scorecards { ${SCORECARD_FIELDS} } } }`,
  loop: `query ($loopId: ID!) { interviewLoop(id: $loopId) { interviews { scorecards { ${SCORECARD_FIELDS} } } } }`,
};

describe('independence: no colleague’s ratings, recommendation or notes before you submit your own', () => {
  let t: TestApp;
  let org: TestOrganization;
  let loop: Loop;
  let ivan: TestMember;
  let ines: TestMember;
  let ivanClient: GraphQLTestClient;
  let inesClient: GraphQLTestClient;

  const readAll = async (client: GraphQLTestClient, scorecardId: string) => {
    const variables = { id: scorecardId, interviewId: loop.interviewId, loopId: loop.loopId };
    return Object.fromEntries(
      await Promise.all(Object.entries(READS).map(async ([name, query]) => [name, await client.request(query, variables)] as const)),
    );
  };

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'independence');
    const questionIds = await importSeedBank(t, org.id);
    ivan = org.members.INTERVIEWER;
    ines = await addInterviewer(t, org, 'Ines Interviewer');
    const makers = {
      kitEditor: await signedIn(t.client(), org.members.HIRING_MANAGER),
      scheduler: await signedIn(t.client(), org.members.RECRUITER),
    };
    loop = await scheduleLoop(makers, org, questionIds, [ivan, ines, org.members.HIRING_MANAGER], 'dana@example.com');
    [ivanClient, inesClient] = await Promise.all([signedIn(t.client(), ivan), signedIn(t.client(), ines)]);
    await inesClient.ok(SAVE_DRAFT, {
      input: {
        scorecardId: loop.scorecardOf[ines.userId],
        version: 1,
        answers: [{ questionId: loop.questionIds[0], rating: 1, notes: SECRET }],
        recommendation: 'STRONG_NO',
        summary: SECRET,
      },
    });
  });
  afterAll(() => t.close());

  it('keeps a draft visible only to its author, whatever the reader’s role', async () => {
    for (const member of [ivan, org.members.ADMIN, org.members.RECRUITER, org.members.HIRING_MANAGER]) {
      const client = await signedIn(t.client(), member);
      const reads = await readAll(client, loop.scorecardOf[ines.userId]);
      expect(JSON.stringify(reads)).not.toContain(SECRET);
      expect(JSON.stringify(reads)).not.toContain('STRONG_NO');
      expect(errorOf(reads.scorecard).code).toBe('FORBIDDEN');
    }
    const own = await inesClient.ok<{ scorecard: { summary: string } }>(READS.scorecard, { id: loop.scorecardOf[ines.userId] });
    expect(own.scorecard.summary).toBe(SECRET);
  });

  it('shows a colleague’s submitted scorecard only once the reader has submitted their own', async () => {
    // Ines' draft (saved above, now at version 2) is submitted as it is.
    await inesClient.ok(SUBMIT, { id: loop.scorecardOf[ines.userId], version: 2 });

    // Ivan has not submitted: nothing of Ines' reaches him by any query; he still sees who submitted.
    const before = await readAll(ivanClient, loop.scorecardOf[ines.userId]);
    expect(JSON.stringify(before)).not.toContain(SECRET);
    expect(errorOf(before.scorecard).code).toBe('FORBIDDEN');
    expect(errorOf(before.loop).code).toBe('FORBIDDEN');
    const interview = (
      before.interview.data as { interview: { scorecards: Array<{ id: string }>; panel: Array<{ id: string; status: string }> } }
    ).interview;
    expect(interview.scorecards.map((card) => card.id)).toEqual([loop.scorecardOf[ivan.userId]]);
    expect(interview.panel.find((seat) => seat.id === loop.scorecardOf[ines.userId])?.status).toBe('SUBMITTED');

    // The hiring manager sits on the panel too and has not submitted: independence applies to them as well.
    const managerView = await readAll(await signedIn(t.client(), org.members.HIRING_MANAGER), loop.scorecardOf[ines.userId]);
    expect(JSON.stringify(managerView)).not.toContain(SECRET);

    // Recruiters and admins owe nothing, so they read the submitted scorecard.
    const recruiterView = await readAll(await signedIn(t.client(), org.members.RECRUITER), loop.scorecardOf[ines.userId]);
    expect(JSON.stringify(recruiterView.scorecard)).toContain(SECRET);
    expect(JSON.stringify(recruiterView.loop)).toContain(SECRET);

    await scoreAndSubmit(ivanClient, loop.scorecardOf[ivan.userId], loop.questionIds, [3, 3, 4]);
    const after = await readAll(ivanClient, loop.scorecardOf[ines.userId]);
    expect(JSON.stringify(after.scorecard)).toContain(SECRET);
    const afterInterview = (after.interview.data as { interview: { scorecards: Array<{ id: string }> } }).interview;
    expect(afterInterview.scorecards.map((card) => card.id).sort()).toEqual(
      [loop.scorecardOf[ivan.userId], loop.scorecardOf[ines.userId]].sort(),
    );
    // The hiring manager's own draft stays private even now.
    expect(afterInterview.scorecards.map((card) => card.id)).not.toContain(loop.scorecardOf[org.members.HIRING_MANAGER.userId]);
  });

  it('never lets an interviewer open an interview they are not on, or another organization’s scorecard', async () => {
    const outsider = await signedIn(t.client(), await addInterviewer(t, org, 'Otto Outsider'));
    expect(errorOf(await outsider.request(READS.interview, { interviewId: loop.interviewId })).code).toBe('NOT_FOUND');
    expect(errorOf(await outsider.request(READS.scorecard, { id: loop.scorecardOf[ines.userId] })).code).toBe('FORBIDDEN');
    const other = await createOrganization(t.db, 'elsewhere');
    const stranger = await signedIn(t.client(), other.members.ADMIN);
    expect(errorOf(await stranger.request(READS.scorecard, { id: loop.scorecardOf[ines.userId] })).code).toBe('NOT_FOUND');
    expect(errorOf(await stranger.request(READS.interview, { interviewId: loop.interviewId })).code).toBe('NOT_FOUND');
    expect(errorOf(await stranger.request(READS.loop, { loopId: loop.loopId })).code).toBe('NOT_FOUND');
  });
});
