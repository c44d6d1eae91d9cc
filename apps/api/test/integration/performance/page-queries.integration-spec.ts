import { readFileSync } from 'node:fs';
import { OperationTypeNode } from 'graphql';
import type { Role } from '@panelist/roles';
import { importKeepingAll, SEED_FILE } from '../../support/bank';
import { addMember, createOrganization, signedIn, type TestMember, type TestOrganization } from '../../support/fixtures';
import { addInterviewer, SAVE_DRAFT, SUBMIT } from '../../support/interviews';
import { ownDatabase, type OwnDatabase } from '../../support/own-database';
import { graphqlCompiledQueries } from '../../../src/observability/metrics';
import { statementsOf } from '../../support/statements';
import { startTestApp, type GraphQLResponse, type GraphQLTestClient, type TestApp } from '../../support/test-app';
import { webOperations, type WebOperation } from '../../support/web-operations';

/**
 * Every query the web app sends, read from its .graphql documents (fragments included), run as the
 * person whose page sends it: first on an organization with one of everything, then once it has
 * grown (many questions, revisions, sources, kits, jobs, candidates, loops, interviews, panelists,
 * scorecards, amendments, decisions, imports, members, sessions, audit events). The statements each
 * sends must not grow with the data and must equal the figure pinned below, so a change that adds a
 * round trip shows in review. A new query in the web app without a line here fails the first test.
 */

/** What a page's route carries: the ids its queries ask about. */
interface Featured {
  questionId: string;
  revisionId: string;
  kitId: string;
  jobId: string;
  candidateId: string;
  loopId: string;
  interviewId: string;
  scorecardId: string;
  importId: string;
  invitationToken: string;
  resetToken: string;
}

interface PageQuery {
  /** Who opens the page that sends it (ANONYMOUS: a page reached from a link in an email). */
  as: Role | 'ANONYMOUS';
  variables?: (featured: Featured) => Record<string, unknown>;
  /** Statements per request whatever the organization's size (the session read aside: statementsOf). */
  statements: number;
  /** false: nothing the answer shows grows with the organization (a setting, a token's own record). */
  grows?: false;
}

const PAGE_QUERIES: Record<string, PageQuery> = {
  // Every page asks who is signed in: the account with its memberships.
  Me: { as: 'ADMIN', statements: 1 },
  // Account: sessions; email preferences.
  MySessions: { as: 'ADMIN', statements: 1 },
  NotificationPreferences: { as: 'INTERVIEWER', statements: 1, grows: false },
  // Links in emails: the invitation or reset with its organization.
  Invitation: { as: 'ANONYMOUS', variables: (f) => ({ token: f.invitationToken }), statements: 1, grows: false },
  PasswordReset: { as: 'ANONYMOUS', variables: (f) => ({ token: f.resetToken }), statements: 1, grows: false },
  // Home: scorecards to chase.
  OverdueScorecards: { as: 'RECRUITER', statements: 1 },
  // Bank: the page and its total; one count per facet; an export page, the total and its sources; health: the
  // count and list without rubric, protected findings, duplicate pairs; imports; one import.
  Bank: { as: 'INTERVIEWER', variables: () => ({ first: 25 }), statements: 2 },
  BankFacets: { as: 'INTERVIEWER', statements: 5 },
  BankExport: { as: 'HIRING_MANAGER', variables: () => ({ format: 'JSON', first: 200 }), statements: 3 },
  BankHealth: { as: 'HIRING_MANAGER', statements: 4 },
  BankImports: { as: 'HIRING_MANAGER', statements: 1 },
  BankImport: { as: 'HIRING_MANAGER', variables: (f) => ({ id: f.importId }), statements: 1 },
  // A question, then beside each other its current revision, revisions, sources and the kits asking it.
  Question: { as: 'HIRING_MANAGER', variables: (f) => ({ id: f.questionId }), statements: 5 },
  QuestionRevision: { as: 'HIRING_MANAGER', variables: (f) => ({ id: f.revisionId }), statements: 1, grows: false },
  // Kits, then their sections and questions (the summary); one kit with everything in one statement.
  Kits: { as: 'HIRING_MANAGER', statements: 3 },
  Kit: { as: 'HIRING_MANAGER', variables: (f) => ({ id: f.kitId }), statements: 1 },
  // Jobs; a job, its rounds, loops, their candidates, interviews and panels; kits with questions (the job editor).
  Jobs: { as: 'RECRUITER', statements: 1 },
  Job: { as: 'RECRUITER', variables: (f) => ({ id: f.jobId }), statements: 6 },
  KitQuestions: { as: 'RECRUITER', statements: 3 },
  // Candidates, their loops and jobs; a candidate, loops, jobs, interviews, panels.
  Candidates: { as: 'RECRUITER', statements: 3 },
  Candidate: { as: 'RECRUITER', variables: (f) => ({ id: f.candidateId }), statements: 5 },
  // A loop, its candidate, job and interviews, then the job's rounds, the panels and the prompts asked.
  InterviewLoop: { as: 'RECRUITER', variables: (f) => ({ id: f.loopId }), statements: 7 },
  // Interview mode: my interviews with my scorecards; the interview with my scorecard, then the revisions asked.
  MyInterviews: { as: 'INTERVIEWER', statements: 1 },
  InterviewMode: { as: 'INTERVIEWER', variables: (f) => ({ id: f.interviewId }), statements: 2 },
  InterviewModeScorecard: { as: 'INTERVIEWER', variables: (f) => ({ id: f.scorecardId }), statements: 1 },
  InterviewModeHistory: { as: 'INTERVIEWER', variables: (f) => ({ id: f.scorecardId }), statements: 2 },
  // Loops, then beside each other seats, own statuses, the organization's ratings, decisions (comparison: and the job).
  PanelScorecard: { as: 'HIRING_MANAGER', variables: (f) => ({ loopId: f.loopId }), statements: 5 },
  JobComparison: { as: 'HIRING_MANAGER', variables: (f) => ({ jobId: f.jobId }), statements: 6 },
  JobComparisonCsv: { as: 'HIRING_MANAGER', variables: (f) => ({ jobId: f.jobId }), statements: 6 },
  // Analytics: ratings, and submission times or candidates per job.
  InterviewerCalibration: { as: 'HIRING_MANAGER', statements: 2 },
  JobReliability: { as: 'HIRING_MANAGER', statements: 2 },
  // Administration. Settings: the organization, then its single sign-on; retention and its dry run.
  Members: { as: 'ADMIN', statements: 1 },
  OrganizationSettings: { as: 'ADMIN', statements: 2, grows: false },
  AuditEvents: { as: 'ADMIN', variables: () => ({ first: 50 }), statements: 1 },
  AuditEventsCsv: { as: 'ADMIN', statements: 1 },
  AuditFilterOptions: { as: 'ADMIN', statements: 1 },
  AuditSettings: { as: 'ADMIN', statements: 1, grows: false },
  CandidateRetention: { as: 'ADMIN', statements: 2 },
  CandidateErasureStatus: { as: 'ADMIN', variables: (f) => ({ id: f.candidateId }), statements: 1, grows: false },
  // One repeatable-read transaction (BEGIN, isolation level, six reads, the audit event of the export, COMMIT).
  CandidateExport: { as: 'ADMIN', variables: (f) => ({ candidateId: f.candidateId }), statements: 11 },
};

const CREATE_KIT = `mutation ($input: KitInput!) { createKit(input: $input) { id } }`;
const CLONE_KIT = `mutation ($id: ID!) { cloneKit(id: $id) { id } }`;
const CREATE_JOB = `mutation ($input: JobInput!) { createJob(input: $input) { id rounds { id } } }`;
const CREATE_CANDIDATE = `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { id loops { id } } }`;
const START_LOOP = `mutation ($jobId: ID!, $candidateId: ID!) { startLoop(jobId: $jobId, candidateId: $candidateId) { id } }`;
const SCHEDULE = `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id panel { id interviewer { userId } } } }`;
const AMEND = `mutation ($input: AmendScorecardInput!) { amendScorecard(input: $input) { version } }`;
const DECIDE = `mutation ($input: RecordHiringDecisionInput!) { recordHiringDecision(input: $input) { id } }`;
const UPDATE_QUESTION = `mutation ($input: UpdateQuestionInput!) { updateQuestion(input: $input) { version } }`;
const ADD_MEMBER = `mutation ($input: AddMemberInput!) { addMember(input: $input) { inviteUrl } }`;
const ISSUE_RESET = `mutation ($id: ID!) { issuePasswordReset(memberId: $id) { resetUrl } }`;
const SET_RETENTION = `mutation { setCandidateRetention(months: 12) { months } }`;

/** A small bank: questions with and without a rubric, a near-duplicate pair, one that asks about family. */
const SMALL_BANK = [
  'prompt,reference_answer,look_for,red_flags,type,competencies,tags,difficulty,category,follow_ups',
  '"What is a race condition, and how do you prevent one?","Two operations touch shared state in an order nobody planned.","Names a concrete example|Knows atomic operations","Thinks sleep() fixes it",technical,concurrency,Java,mid,Backend,"What is a deadlock?"',
  '"How would you design rate limiting for a public API?","A token bucket per key in a shared store.","Knows where the counters live","No idea about several servers",system_design,architecture,,senior,Backend,',
  '"How would you implement rate limiting for a public REST API?","Count requests per key and window.","Returns 429 with Retry-After","",system_design,architecture,,senior,Backend,',
  '"Tell me about a time you shipped a bug to production.","","","",behavioral,ownership,,,Behavioural,',
  '"Are you married, and do you plan to have children soon?","","","",behavioral,communication,,,Behavioural,',
].join('\n');
const RACE_CONDITION = 'What is a race condition, and how do you prevent one?';

/**
 * How much of the organization an answer shows: the records in its lists (arrays of objects), and
 * the lines of its files (CSV, JSON exports).
 */
/** An answer without what differs between two runs by design: an export carries its moment and the trail of earlier exports. */
function withoutVolatile(name: string, data: Record<string, unknown> | null | undefined): unknown {
  if (name !== 'CandidateExport') return data;
  const { fileName, content } = (data as { candidateExport: { fileName: string; content: string } }).candidateExport;
  return { fileName, sections: Object.keys(JSON.parse(content) as object) };
}

function volume(value: unknown): number {
  if (Array.isArray(value)) {
    const records = value.filter((item) => item !== null && typeof item === 'object').length;
    return records + value.reduce<number>((sum, item) => sum + volume(item), 0);
  }
  if (typeof value === 'string') return value.split('\n').length - 1;
  if (value && typeof value === 'object') return Object.values(value).reduce<number>((sum, item) => sum + volume(item), 0);
  return 0;
}

interface Measured {
  statements: number;
  volume: number;
  sql: string[];
  data: Record<string, unknown>;
}

describe('page queries: statements per request', () => {
  const queries = webOperations().filter((operation) => operation.kind === OperationTypeNode.QUERY);
  let database: OwnDatabase;
  let t: TestApp;
  let org: TestOrganization;
  let ines: TestMember;
  let ola: TestMember;
  let anonymous: GraphQLTestClient;
  /** A signed-in client per member (signed in once, in beforeAll). */
  const clients = new Map<string, GraphQLTestClient>();
  const clientOf = (member: TestMember): GraphQLTestClient => {
    const client = clients.get(member.userId);
    if (!client) throw new Error(`${member.name} is not signed in`);
    return client;
  };
  const as = (role: Role) => clientOf(org.members[role]);
  /** Unique to this organization, so no other test file's people collide with these. */
  const emailOf = (name: string) => `${name.toLowerCase().replace(/\W+/g, '.')}.${org.slug}@example.com`;
  const featured = {} as Featured;
  /** The first kit's questions and the first job's round: the first job's later candidates are interviewed on them. */
  let firstKit: { questionIds: string[]; roundId: string };
  const small: Record<string, Measured> = {};

  // ---- building the organization through the API, as its people would

  async function kit(title: string, sections: Array<[string, string[]]>): Promise<string> {
    const { createKit } = await as('HIRING_MANAGER').ok<{ createKit: { id: string } }>(CREATE_KIT, {
      input: {
        roleName: 'Backend Engineer',
        title,
        interviewMinutes: 60,
        competencyWeights: [{ competency: sections[0][0], weight: 2 }],
        sections: sections.map(([competency, ids]) => ({
          competency,
          questions: ids.map((questionId) => ({ questionId, plannedMinutes: 5 })),
        })),
      },
    });
    return createKit.id;
  }

  async function job(title: string, rounds: Array<[string, string]>): Promise<{ id: string; roundIds: string[] }> {
    const { createJob } = await as('RECRUITER').ok<{ createJob: { id: string; rounds: Array<{ id: string }> } }>(CREATE_JOB, {
      input: {
        title,
        team: 'Platform',
        hiringManagerId: org.members.HIRING_MANAGER.userId,
        rounds: rounds.map(([name, kitId]) => ({ name, kitId })),
      },
    });
    return { id: createJob.id, roundIds: createJob.rounds.map((round) => round.id) };
  }

  async function candidate(name: string, jobId: string): Promise<{ candidateId: string; loopId: string }> {
    const email = emailOf(name);
    const { createCandidate } = await as('RECRUITER').ok<{ createCandidate: { id: string; loops: Array<{ id: string }> } }>(
      CREATE_CANDIDATE,
      {
        input: { name, email, links: ['https://example.com/cv'], jobId },
      },
    );
    return { candidateId: createCandidate.id, loopId: createCandidate.loops[0].id };
  }

  /** An interview (ended a while ago) with `panel`; answers each panelist's scorecard id. */
  async function interview(loopId: string, roundId: string, panel: TestMember[], day: number): Promise<Record<string, string>> {
    const { scheduleInterview } = await as('RECRUITER').ok<{
      scheduleInterview: { id: string; panel: Array<{ id: string; interviewer: { userId: string } }> };
    }>(SCHEDULE, {
      input: {
        loopId,
        roundId,
        scheduledAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
        interviewerIds: panel.map((member) => member.userId),
      },
    });
    return {
      interviewId: scheduleInterview.id,
      ...Object.fromEntries(scheduleInterview.panel.map((seat) => [seat.interviewer.userId, seat.id])),
    };
  }

  /** Rates every question and submits; answers the scorecard's version. */
  async function submit(member: TestMember, scorecardId: string, questionIds: string[], rating: number): Promise<number> {
    const client = clientOf(member);
    const { saveScorecardDraft } = await client.ok<{ saveScorecardDraft: { version: number } }>(SAVE_DRAFT, {
      input: {
        scorecardId,
        version: 1,
        answers: questionIds.map((questionId, index) => ({ questionId, rating: 1 + ((rating + index) % 4), notes: `evidence ${index}` })),
        recommendation: rating > 2 ? 'YES' : 'NO',
        summary: `${member.name} summary`,
      },
    });
    return (await client.ok<{ submitScorecard: { version: number } }>(SUBMIT, { id: scorecardId, version: saveScorecardDraft.version }))
      .submitScorecard.version;
  }

  async function decide(loopId: string, decision: 'HIRE' | 'NO_HIRE' | 'HOLD') {
    await as('HIRING_MANAGER').ok(DECIDE, { input: { loopId, decision, rationale: `${decision} after the debrief.` } });
  }

  /** A candidate decided on two years ago, whom retention erases next (the settings page's dry run). */
  async function alumnus(name: string, jobId: string) {
    const { loopId } = await candidate(name, jobId);
    await t.db.query(`UPDATE interview_loops SET created_at = now() - interval '3 years' WHERE id = $1`, [loopId]);
    await t.db.query(
      `INSERT INTO hiring_decisions (organization_id, loop_id, decision, rationale, decided_by_name, decided_at)
       SELECT organization_id, id, 'NO_HIRE', 'Back-dated for this test.', 'Hiring manager', now() - interval '2 years'
         FROM interview_loops WHERE id = $1`,
      [loopId],
    );
  }

  async function questionIdsOf(prompts?: string[]): Promise<string[]> {
    const found = await t.db.query<Array<{ id: string; prompt: string }>>(
      `SELECT id, prompt FROM questions WHERE organization_id = $1 ORDER BY prompt`,
      [org.id],
    );
    if (!prompts) return found.map((row) => row.id);
    return prompts.map((prompt) => {
      const row = found.find((question) => question.prompt === prompt);
      if (!row) throw new Error(`No question "${prompt}"`);
      return row.id;
    });
  }

  const tokenOf = (url: string) => new URL(url).pathname.split('/').pop() as string;

  async function measure(): Promise<Record<string, Measured>> {
    const measured: Record<string, Measured> = {};
    for (const operation of queries) {
      const page = PAGE_QUERIES[operation.name];
      if (!page) continue;
      const client = page.as === 'ANONYMOUS' ? anonymous : as(page.as);
      const { statements, sql, result } = await statementsOf(() => client.request(operation.document, page.variables?.(featured)));
      expectAnswered(operation, result);
      measured[operation.name] = { statements, sql, volume: volume(result.data), data: result.data ?? {} };
    }
    return measured;
  }

  function expectAnswered(operation: WebOperation, result: GraphQLResponse) {
    if (result.errors?.length || !result.data) throw new Error(`${operation.name} failed: ${JSON.stringify(result.errors)}`);
  }

  /** On a mismatch, what the operations that differ sent (jest prints console output beside the failure). */
  function showStatements(measured: Record<string, Measured>) {
    for (const [name, { statements, sql }] of Object.entries(measured)) {
      if (statements === PAGE_QUERIES[name].statements) continue;
      console.log(
        `${name}: ${statements} statements\n${sql.map((text) => `- ${text.replace(/\s+/g, ' ').trim().slice(0, 160)}`).join('\n')}`,
      );
    }
  }

  const statementsIn = (measured: Record<string, Measured>) =>
    Object.fromEntries(Object.entries(measured).map(([name, { statements }]) => [name, statements]));
  const pinned = () => Object.fromEntries(Object.entries(PAGE_QUERIES).map(([name, { statements }]) => [name, statements]));

  beforeAll(async () => {
    // Its candidates due for erasure (the settings page's dry run) stay out of the shared database,
    // where the retention job of another test file erases whoever is due in any organization.
    database = await ownDatabase('pages');
    t = await startTestApp({ DATABASE_URL: database.url });
    org = await createOrganization(t.db, 'pages');
    anonymous = t.client();
    ines = await addInterviewer(t, org, 'Ines Pages');
    ola = await addInterviewer(t, org, 'Ola Pages');
    const people = [...Object.values(org.members), ines, ola];
    const signedInClients = await Promise.all(people.map((member) => signedIn(t.client(), member)));
    people.forEach((member, index) => clients.set(member.userId, signedInClients[index]));

    // One of everything: five imported questions, one kit and job, one candidate interviewed by two
    // (one scorecard submitted, one overdue), a decision, one candidate due for erasure, an invitation.
    const { preview } = await importKeepingAll(as('HIRING_MANAGER'), 'small-bank.csv', SMALL_BANK);
    featured.importId = preview.id;
    const [race, design, shipped] = await questionIdsOf([
      RACE_CONDITION,
      'How would you design rate limiting for a public API?',
      'Tell me about a time you shipped a bug to production.',
    ]);
    featured.questionId = race;
    const [{ revisionId }] = await t.db.query<Array<{ revisionId: string }>>(
      `SELECT id AS "revisionId" FROM question_revisions WHERE question_id = $1`,
      [race],
    );
    featured.revisionId = revisionId;
    featured.kitId = await kit('Technical round', [
      ['architecture', [race, design]],
      ['ownership', [shipped]],
    ]);
    const backend = await job('Backend Engineer', [['Technical', featured.kitId]]);
    firstKit = { questionIds: [race, design, shipped], roundId: backend.roundIds[0] };
    featured.jobId = backend.id;
    const casey = await candidate('Casey First', backend.id);
    Object.assign(featured, casey);
    const seats = await interview(casey.loopId, backend.roundIds[0], [org.members.INTERVIEWER, ines], 20);
    featured.interviewId = seats.interviewId;
    featured.scorecardId = seats[org.members.INTERVIEWER.userId];
    await submit(org.members.INTERVIEWER, featured.scorecardId, firstKit.questionIds, 3);
    await decide(casey.loopId, 'HIRE');
    await alumnus('Alma Former', backend.id);
    const admin = as('ADMIN');
    await admin.ok(SET_RETENTION);
    const { addMember: invited } = await admin.ok<{ addMember: { inviteUrl: string } }>(ADD_MEMBER, {
      input: { email: emailOf('Ivy Invited'), name: 'Ivy Invited', role: 'INTERVIEWER' },
    });
    featured.invitationToken = tokenOf(invited.inviteUrl);
    // A reset ends the person's sessions: someone who is not signed in here.
    const forgetful = await addInterviewer(t, org, 'Rita Reset');
    const { issuePasswordReset } = await admin.ok<{ issuePasswordReset: { resetUrl: string } }>(ISSUE_RESET, {
      id: forgetful.membershipId,
    });
    featured.resetToken = tokenOf(issuePasswordReset.resetUrl);

    Object.assign(small, await measure());
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('has a pinned figure for every query the web app sends, and none for a query it no longer sends', () => {
    expect(queries.map((operation) => operation.name).sort()).toEqual(Object.keys(PAGE_QUERIES).sort());
  });

  it('sends the pinned number of statements for each page query on a small organization', () => {
    showStatements(small);
    expect(statementsIn(small)).toEqual(pinned());
  });

  describe('once the organization has grown', () => {
    const grown: Record<string, Measured> = {};

    beforeAll(async () => {
      // The bank: the seed file (179 items, duplicates kept), the featured question edited three times,
      // imported again from another file and asked by more kits.
      const manager = as('HIRING_MANAGER');
      const { preview } = await importKeepingAll(manager, 'seed.txt', readFileSync(SEED_FILE));
      featured.importId = preview.id;
      await importKeepingAll(manager, 'again.md', `# Concurrency\n- ${RACE_CONDITION}\n`);
      for (let version = 1; version <= 3; version++) {
        await manager.ok(UPDATE_QUESTION, {
          input: {
            id: featured.questionId,
            version,
            changeNote: `Sharper rubric ${version}`,
            content: {
              prompt: RACE_CONDITION,
              referenceAnswer: `Two operations touch shared state in an order nobody planned (take ${version}).`,
              lookFor: ['Names a concrete example', 'Knows atomic operations'],
              redFlags: ['Thinks sleep() fixes it'],
              followUps: ['What is a deadlock?'],
              type: 'TECHNICAL',
              difficulty: 'MID',
              competencies: ['concurrency'],
              tags: ['Java'],
              category: ['Backend'],
            },
          },
        });
      }
      const all = await questionIdsOf();
      const asked = [featured.questionId, ...all.filter((id) => id !== featured.questionId).slice(0, 11)];
      const bigKit = await kit('System design round', [
        ['architecture', asked.slice(0, 4)],
        ['communication', asked.slice(4, 8)],
        ['ownership', asked.slice(8, 12)],
      ]);
      const { cloneKit } = await manager.ok<{ cloneKit: { id: string } }>(CLONE_KIT, { id: bigKit });
      featured.kitId = bigKit;

      // Jobs and loops: four more candidates for the first job, each interviewed by three; a candidate
      // in two jobs whose second loop has two interviews, amendments and two decisions.
      const platform = await job('Platform Engineer', [
        ['System design', bigKit],
        ['Technical', cloneKit.id],
      ]);
      await job('Site Reliability Engineer', [['System design', cloneKit.id]]);
      const panel = [org.members.INTERVIEWER, ines, ola];
      for (let index = 1; index <= 4; index++) {
        const next = await candidate(`Candidate ${index}`, featured.jobId);
        const seats = await interview(next.loopId, firstKit.roundId, panel, 20 + index);
        await submit(org.members.INTERVIEWER, seats[org.members.INTERVIEWER.userId], firstKit.questionIds, index);
        await submit(ines, seats[ines.userId], firstKit.questionIds, index + 1);
        if (index % 2) await decide(next.loopId, index === 1 ? 'HOLD' : 'NO_HIRE');
      }
      const drew = await candidate('Drew Grown', featured.jobId);
      const { startLoop } = await as('RECRUITER').ok<{ startLoop: { id: string } }>(START_LOOP, {
        jobId: platform.id,
        candidateId: drew.candidateId,
      });
      const design = await interview(startLoop.id, platform.roundIds[0], panel, 25);
      const technical = await interview(startLoop.id, platform.roundIds[1], panel, 26);
      for (const [index, member] of panel.entries()) {
        await submit(member, technical[member.userId], asked, index);
        if (member !== org.members.INTERVIEWER) await submit(member, design[member.userId], asked, index + 2);
      }
      let version = await submit(org.members.INTERVIEWER, design[org.members.INTERVIEWER.userId], asked, 1);
      for (const reason of ['Misread the second answer', 'Added the follow-up']) {
        const { amendScorecard } = await clientOf(org.members.INTERVIEWER).ok<{ amendScorecard: { version: number } }>(AMEND, {
          input: {
            scorecardId: design[org.members.INTERVIEWER.userId],
            version,
            reason,
            answers: [{ questionId: asked[1], rating: 4, notAsked: false, notes: reason }],
          },
        });
        version = amendScorecard.version;
      }
      await decide(startLoop.id, 'HOLD');
      await decide(startLoop.id, 'HIRE');
      Object.assign(featured, {
        candidateId: drew.candidateId,
        loopId: startLoop.id,
        interviewId: design.interviewId,
        scorecardId: design[org.members.INTERVIEWER.userId],
      });
      for (const name of ['Bea Former', 'Cy Former', 'Di Former']) await alumnus(name, featured.jobId);

      // People: three invited, the admin signed in from three more browsers and a member of two more organizations.
      const admin = as('ADMIN');
      for (const name of ['Jo Invited', 'Kai Invited', 'Lu Invited']) {
        await admin.ok(ADD_MEMBER, {
          input: { email: emailOf(name), name, role: 'RECRUITER' },
        });
      }
      await Promise.all([1, 2, 3].map(() => signedIn(t.client(), org.members.ADMIN)));
      for (const label of ['pages-second', 'pages-third']) {
        const other = await createOrganization(t.db, label);
        await addMember(t.db, other.id, { email: org.members.ADMIN.email, name: org.members.ADMIN.name, role: 'RECRUITER' });
      }

      Object.assign(grown, await measure());
    });

    it('sends the same statements for each page query as on the small organization: the pinned number', () => {
      showStatements(grown);
      expect(statementsIn(grown)).toEqual(statementsIn(small));
      expect(statementsIn(grown)).toEqual(pinned());
    });

    it('answers a job page’s loops with that job, and a candidate page’s loops with that candidate', () => {
      const { job } = grown.Job.data as { job: { id: string; loops: Array<{ job: { id: string; title: string } }> } };
      expect(job.loops.length).toBeGreaterThan(5);
      expect(new Set(job.loops.map((loop) => loop.job.id))).toEqual(new Set([featured.jobId]));
      expect(job.loops[0].job.title).toBe('Backend Engineer');
      const { candidate } = grown.Candidate.data as {
        candidate: { id: string; loops: Array<{ candidate: { id: string; name: string } }> };
      };
      expect(candidate.loops).toHaveLength(2);
      expect(candidate.loops.map((loop) => loop.candidate)).toEqual([
        { id: featured.candidateId, name: 'Drew Grown' },
        { id: featured.candidateId, name: 'Drew Grown' },
      ]);
    });

    it('answers interview mode with my scorecard as the scorecard itself reads', () => {
      type Card = { id: string; answers: Array<{ questionId: string }> } & Record<string, unknown>;
      const sorted = (card: Card) => ({ ...card, answers: [...card.answers].sort((a, b) => a.questionId.localeCompare(b.questionId)) });
      const { interview } = grown.InterviewMode.data as { interview: { myScorecard: Card } };
      const { scorecard } = grown.InterviewModeScorecard.data as { scorecard: Card };
      expect(interview.myScorecard.id).toBe(featured.scorecardId);
      expect(interview.myScorecard.answers).toHaveLength(12);
      expect(sorted(interview.myScorecard)).toEqual(sorted(scorecard));
    });

    it('answers every page query through its compiled form exactly as graphql-js answers it', async () => {
      // A document's first run goes through graphql-js (a trailing comment makes a new document); the page's
      // own document has run twice already, so from now on it runs compiled (common/graphql/compiled-queries).
      const answered = async () =>
        (await graphqlCompiledQueries.get()).values.find((value) => value.labels.outcome === 'answered')?.value ?? 0;
      const differing: string[] = [];
      let compiledRuns = 0;
      for (const operation of queries) {
        const page = PAGE_QUERIES[operation.name];
        const client = page.as === 'ANONYMOUS' ? anonymous : as(page.as);
        const variables = page.variables?.(featured);
        const byGraphqlJs = await client.request(`${operation.document}\n# run by graphql-js`, variables);
        const before = await answered();
        const compiled = await client.request(operation.document, variables);
        compiledRuns += (await answered()) - before;
        expectAnswered(operation, compiled);
        const [one, other] = [byGraphqlJs, compiled].map((result) => JSON.stringify(withoutVolatile(operation.name, result.data)));
        if (one !== other) differing.push(operation.name);
      }
      expect(differing).toEqual([]);
      expect(compiledRuns).toBe(queries.length);
    });

    it('shows the grown organization in every answer that lists it', () => {
      const growing = Object.entries(PAGE_QUERIES).filter(([, page]) => page.grows !== false);
      const notGrown = growing.filter(([name]) => !(grown[name].volume > small[name].volume)).map(([name]) => name);
      expect(notGrown).toEqual([]);
    });
  });
});
