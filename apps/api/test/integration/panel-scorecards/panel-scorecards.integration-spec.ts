import { addMember, createOrganization, signedIn, type TestMember, type TestOrganization } from '../../support/fixtures';
import { addInterviewer, importSeedBank, SAVE_DRAFT, scheduleLoop, SUBMIT, type Loop, type LoopMakers } from '../../support/interviews';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';
import { statementsOf } from '../../support/statements';

const FIGURES = `visible submitted expected disagreements missing { interviewer { name } status } submittedBy { name }
  competencies { competency n mean median min max spread disagreement calibratedMean weight }
  tally { strongNo no yes strongYes total lean split } rawComposite { score competenciesMissing } calibratedComposite { score }
  decision { decision rationale decidedByName }`;
const PANEL = `query ($loopId: ID!) { panelScorecard(loopId: $loopId) { ${FIGURES} canDecide candidate { name }
  scorecards { interviewer { name } recommendation summary ratings { competency rating } leniency leniencyLabel evidence { prompt competency rating notAsked notes } }
  decisions { decision rationale } } }`;
const COMPARE = `query ($jobId: ID!, $weights: [CompetencyWeightInput!]) { jobComparison(jobId: $jobId, weights: $weights) {
  jobTitle competencies weights { competency weight } rows { loopId candidate { name } ${FIGURES} summaries { interviewer { name } recommendation summary } }
  reliability { alpha band bandLabel reason pairableValues unitsUsed } } }`;
const CSV = `query ($jobId: ID!, $weights: [CompetencyWeightInput!]) { jobComparisonCsv(jobId: $jobId, weights: $weights) { fileName content } }`;
const DECIDE = `mutation ($input: RecordHiringDecisionInput!) { recordHiringDecision(input: $input) { decision rationale decidedByName } }`;

interface Figures {
  visible: boolean;
  submitted: number;
  expected: number;
  disagreements: string[];
  competencies: Array<{
    competency: string;
    n: number;
    mean: number | null;
    median: number | null;
    min: number | null;
    max: number | null;
    disagreement: boolean;
    calibratedMean: number | null;
    weight: number;
  }>;
  tally: { strongNo: number; no: number; yes: number; strongYes: number; total: number; split: boolean };
  rawComposite: { score: number | null };
  calibratedComposite: { score: number | null };
  decision: { decision: string } | null;
}

describe('panel scorecards, comparison, decisions', () => {
  let t: TestApp;
  let org: TestOrganization;
  let questionIds: string[];
  let makers: LoopMakers;
  let recruiter: GraphQLTestClient;
  let panel: TestMember[];

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'panels');
    questionIds = await importSeedBank(t, org.id);
    recruiter = await signedIn(t.client(), org.members.RECRUITER);
    makers = { kitEditor: await signedIn(t.client(), org.members.HIRING_MANAGER), scheduler: recruiter };
    panel = [org.members.INTERVIEWER, await addInterviewer(t, org, 'Ines Panel'), await addInterviewer(t, org, 'Ola Panel')];
  });
  afterAll(() => t.close());

  /** Each panelist rates the three questions (two architecture, one communication) and recommends. */
  async function score(loop: Loop, member: TestMember, ratings: number[], recommendation: string, notes = 'evidence') {
    const client = await signedIn(t.client(), member);
    const id = loop.scorecardOf[member.userId];
    const answers = loop.questionIds.map((questionId, index) => ({ questionId, rating: ratings[index], notes: `${notes} ${index}` }));
    const { saveScorecardDraft } = await client.ok<{ saveScorecardDraft: { version: number } }>(SAVE_DRAFT, {
      input: { scorecardId: id, version: 1, answers, recommendation, summary: `${member.name} summary` },
    });
    await client.ok(SUBMIT, { id, version: saveScorecardDraft.version });
    return client;
  }

  let emails = 0;
  const newLoop = () => scheduleLoop(makers, org, questionIds, panel, `panel.${++emails}@example.com`);

  it('aggregates a panel: grid, stats, disagreement, tally and raw beside calibrated composite, with evidence', async () => {
    const loop = await newLoop();
    await score(loop, panel[0], [4, 4, 3], 'STRONG_YES');
    await score(loop, panel[1], [2, 2, 3], 'NO');
    const {
      statements,
      result: { panelScorecard },
    } = await statementsOf(() =>
      recruiter.ok<{
        panelScorecard: Figures & { scorecards: Array<{ evidence: Array<{ prompt: string; notes: string }> }>; canDecide: boolean };
      }>(PANEL, { loopId: loop.loopId }),
    );
    // The loop, then side by side its seats (with answers and the prompts asked), own statuses, ratings and decisions.
    expect(statements).toBe(5);
    expect(panelScorecard).toMatchObject({ visible: true, submitted: 2, expected: 3, disagreements: ['architecture'], canDecide: false });
    expect(panelScorecard.competencies).toEqual([
      expect.objectContaining({ competency: 'architecture', n: 2, mean: 3, median: 3, min: 2, max: 4, disagreement: true, weight: 2 }),
      expect.objectContaining({ competency: 'communication', n: 2, mean: 3, disagreement: false, weight: 1 }),
    ]);
    expect(panelScorecard.tally).toMatchObject({ strongYes: 1, no: 1, total: 2, split: true });
    expect(panelScorecard.rawComposite.score).toBe(3);
    expect(panelScorecard.calibratedComposite.score).not.toBeNull();
    expect(panelScorecard.scorecards[0].evidence[0].prompt.length).toBeGreaterThan(10);
    expect(panelScorecard.scorecards[0].evidence[0].notes).toBe('evidence 0');
    expect(['lenient', 'severe', 'in line']).toContain(
      (panelScorecard.scorecards[0] as unknown as { leniencyLabel: string }).leniencyLabel,
    );
  });

  it('shows a panelist who has not submitted who is done, but no ratings, notes or decision', async () => {
    const loop = await newLoop();
    await score(loop, panel[0], [3, 3, 3], 'YES', 'private notes');
    const waiting = await signedIn(t.client(), panel[2]);
    const { panelScorecard } = await waiting.ok<{ panelScorecard: Figures & { scorecards: unknown[] } }>(PANEL, { loopId: loop.loopId });
    expect(panelScorecard).toMatchObject({
      visible: false,
      submitted: 1,
      expected: 3,
      scorecards: [],
      tally: { total: 0 },
      submittedBy: [{ name: panel[0].name }],
    });
    expect(JSON.stringify(panelScorecard)).not.toContain('private notes');
    const outsider = await signedIn(t.client(), await addInterviewer(t, org, 'Otto Elsewhere'));
    expect(errorOf(await outsider.request(PANEL, { loopId: loop.loopId })).code).toBe('NOT_FOUND');
    expect(errorOf(await outsider.request(COMPARE, { jobId: loop.jobId })).code).toBe('FORBIDDEN');
    const stranger = await signedIn(t.client(), (await createOrganization(t.db, 'strangers')).members.ADMIN);
    expect(errorOf(await stranger.request(PANEL, { loopId: loop.loopId })).code).toBe('NOT_FOUND');
    expect(errorOf(await stranger.request(COMPARE, { jobId: loop.jobId })).code).toBe('NOT_FOUND');
    expect(errorOf(await stranger.request(CSV, { jobId: loop.jobId }))).toEqual({ code: 'NOT_FOUND', field: 'jobId' });
  });

  it('records decisions only from the job’s hiring manager or an admin, with a rationale, in an append-only trail', async () => {
    const loop = await newLoop();
    const manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
    const decide = (client: GraphQLTestClient, decision: string, rationale: string) =>
      client.request(DECIDE, { input: { loopId: loop.loopId, decision, rationale } });
    expect(errorOf(await decide(manager, 'HIRE', ''))).toEqual({ code: 'BAD_USER_INPUT', field: 'rationale' });
    expect(errorOf(await decide(recruiter, 'HIRE', 'Strong panel across the board.')).code).toBe('FORBIDDEN');
    const otherManager = await signedIn(
      t.client(),
      await addMember(t.db, org.id, { email: `hm2.${org.slug}@test.dev`, name: 'Other Manager', role: 'HIRING_MANAGER' }),
    );
    expect(errorOf(await decide(otherManager, 'HIRE', 'Not my job but I like them.')).code).toBe('FORBIDDEN');
    const count = async () =>
      (await t.db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM hiring_decisions WHERE loop_id = $1`, [loop.loopId]))[0].n;
    expect(await count()).toBe(0);

    await manager.ok(DECIDE, { input: { loopId: loop.loopId, decision: 'HOLD', rationale: 'Waiting for the system design round.' } });
    const admin = await signedIn(t.client(), org.members.ADMIN);
    await admin.ok(DECIDE, { input: { loopId: loop.loopId, decision: 'HIRE', rationale: 'Design round confirmed the strengths.' } });
    const { panelScorecard } = await manager.ok<{
      panelScorecard: { canDecide: boolean; decision: { decision: string }; decisions: Array<{ decision: string }> };
    }>(PANEL, { loopId: loop.loopId });
    expect(panelScorecard.canDecide).toBe(true);
    expect(panelScorecard.decision.decision).toBe('HIRE');
    expect(panelScorecard.decisions.map((entry) => entry.decision)).toEqual(['HIRE', 'HOLD']);
    await expect(t.db.query(`UPDATE hiring_decisions SET decision = 'NO_HIRE' WHERE loop_id = $1`, [loop.loopId])).rejects.toThrow(
      /append-only/,
    );
  });

  it('compares a job’s candidates, re-weights on request, refuses a weight out of range, and exports safe CSV', async () => {
    const loop = await newLoop();
    await score(loop, panel[0], [4, 3, 2], 'YES');
    const { createCandidate } = await recruiter.ok<{ createCandidate: { loops: Array<{ id: string }> } }>(
      `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { loops { id } } }`,
      { input: { name: '=HYPERLINK("http://evil")', email: `formula.${org.slug}@example.com`, links: [], jobId: loop.jobId } },
    );
    const { jobComparison } = await recruiter.ok<{
      jobComparison: { competencies: string[]; rows: Array<Figures & { candidate: { name: string } }> };
    }>(COMPARE, { jobId: loop.jobId });
    expect(jobComparison.competencies).toEqual(['architecture', 'communication']);
    const scored = jobComparison.rows.find((row) => row.candidate.name === 'Casey Candidate');
    // Competency ratings are whole points: architecture pre-fills to round(3.5) = 4, communication 2.
    expect(scored).toMatchObject({ submitted: 1, expected: 3, rawComposite: { score: (4 * 2 + 2) / 3 } });
    // The printed debrief's written summaries: the one submitted scorecard's.
    expect((scored as unknown as { summaries: unknown[] }).summaries).toEqual([
      { interviewer: { name: panel[0].name }, recommendation: 'YES', summary: `${panel[0].name} summary` },
    ]);
    const unscheduled = jobComparison.rows.find((row) => row.candidate.name.startsWith('=HYPERLINK'));
    expect(unscheduled).toMatchObject({ submitted: 0, expected: 0, rawComposite: { score: null } });
    expect(createCandidate.loops).toHaveLength(1);

    const evenly = await recruiter.ok<{ jobComparison: { rows: Array<Figures & { candidate: { name: string } }> } }>(COMPARE, {
      jobId: loop.jobId,
      weights: [{ competency: 'architecture', weight: 1 }],
    });
    expect(evenly.jobComparison.rows.find((row) => row.candidate.name === 'Casey Candidate')?.rawComposite.score).toBe(3);
    expect(errorOf(await recruiter.request(COMPARE, { jobId: loop.jobId, weights: [{ competency: 'architecture', weight: 11 }] }))).toEqual(
      { code: 'BAD_USER_INPUT', field: 'weights.0.weight' },
    );

    const { jobComparisonCsv } = await recruiter.ok<{ jobComparisonCsv: { fileName: string; content: string } }>(CSV, {
      jobId: loop.jobId,
    });
    expect(jobComparisonCsv.fileName).toBe('backend-engineer-comparison.csv');
    // A byte-order mark first, so spreadsheets read accented names as UTF-8; competencies by name.
    expect(jobComparisonCsv.content.startsWith('\uFEFF')).toBe(true);
    const lines = jobComparisonCsv.content.slice(1).trim().split('\n');
    expect(lines[0]).toBe(
      'Candidate,Scorecards submitted,Scorecards expected,Missing from,Composite,Calibrated composite,Architecture (mean),Communication (mean),Disagreements,Strong no,No,Yes,Strong yes,Decision',
    );
    expect(lines.find((line) => line.startsWith('Casey Candidate'))).toMatch(/^Casey Candidate,1,3,.*,3\.33,/);
    expect(lines.find((line) => line.includes('HYPERLINK'))).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)"/);
  });

  it('compares 200 candidates in the same number of statements as 2', async () => {
    const loop = await newLoop();
    await score(loop, panel[0], [3, 3, 3], 'YES');
    const statements = async () => (await statementsOf(() => recruiter.ok(COMPARE, { jobId: loop.jobId }))).statements;
    const few = await statements();
    // 199 more candidates, each with an interview like the first and three submitted scorecards.
    await t.db.query(
      `WITH c AS (
         INSERT INTO candidates (organization_id, name, email) SELECT $1, 'Bulk ' || n, 'bulk.' || n || '@example.com' FROM generate_series(1, 199) n RETURNING id),
       l AS (INSERT INTO interview_loops (organization_id, job_id, candidate_id) SELECT $1, $2, id FROM c RETURNING id, candidate_id),
       i AS (INSERT INTO interviews (organization_id, loop_id, kit_snapshot, scheduled_at, duration_minutes)
             SELECT $1, l.id, (SELECT kit_snapshot FROM interviews WHERE id = $3), now(), 45 FROM l RETURNING id, loop_id),
       s AS (INSERT INTO scorecards (organization_id, interview_id, candidate_id, interviewer_id, status, recommendation, submitted_at, revision)
             SELECT $1, i.id, l.candidate_id, p, 'SUBMITTED', 'YES', now(), 1 FROM i JOIN l ON l.id = i.loop_id, unnest($4::uuid[]) p RETURNING id)
       INSERT INTO scorecard_competency_ratings (scorecard_id, competency, rating)
       SELECT s.id, comp, 1 + floor(random() * 4)::int FROM s, unnest(ARRAY['architecture', 'communication']) comp`,
      [org.id, loop.jobId, loop.interviewId, panel.map((member) => member.userId)],
    );
    expect(await statements()).toBe(few);
    const { jobComparison } = await recruiter.ok<{
      jobComparison: { rows: unknown[]; reliability: { alpha: number | null; band: string; pairableValues: number } };
    }>(COMPARE, { jobId: loop.jobId });
    expect(jobComparison.rows).toHaveLength(200);
    // Random ratings: no agreement beyond chance.
    expect(jobComparison.reliability.band).toBe('unreliable');
    expect(jobComparison.reliability.pairableValues).toBeGreaterThan(1000);
  });

  it('shows interviewer calibration (an interviewer sees only their own) and reliability per job', async () => {
    const admin = await signedIn(t.client(), org.members.ADMIN);
    const { interviewerCalibration } = await admin.ok<{
      interviewerCalibration: Array<{
        interviewer: { name: string };
        label: string;
        comparisons: number;
        medianHoursToSubmit: number | null;
      }>;
    }>(
      `query { interviewerCalibration { interviewer { name } scorecards ratings comparisons rawLeniency shrunkLeniency label medianHoursToSubmit } }`,
    );
    expect(interviewerCalibration.length).toBeGreaterThanOrEqual(3);
    expect(interviewerCalibration.every((row) => row.comparisons > 0)).toBe(true);
    const interviewer = await signedIn(t.client(), panel[1]);
    const own = await interviewer.ok<{ interviewerCalibration: Array<{ interviewer: { name: string } }> }>(
      `query { interviewerCalibration { interviewer { name } } }`,
    );
    expect(own.interviewerCalibration.map((row) => row.interviewer.name)).toEqual(['Ines Panel']);
    expect(errorOf(await interviewer.request(`query { jobReliability { jobId } }`)).code).toBe('FORBIDDEN');
    const { jobReliability } = await recruiter.ok<{ jobReliability: Array<{ candidates: number; reliability: { band: string } }> }>(
      `query { jobReliability { jobId jobTitle candidates reliability { alpha band } } }`,
    );
    expect(jobReliability.length).toBeGreaterThan(0);
  });
});
