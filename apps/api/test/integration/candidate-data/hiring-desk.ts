import { createOrganization, signedIn, type TestMember, type TestOrganization } from '../../support/fixtures';
import { addInterviewer, importSeedBank, SAVE_DRAFT, SUBMIT, type Scorecard } from '../../support/interviews';
import type { GraphQLTestClient, TestApp } from '../../support/test-app';

/**
 * One organization with one job whose candidates share interviewers: what export and erasure must
 * tell apart. Kit and job titles name no candidate, so a search for a candidate's strings finds
 * only what is about them.
 */
export interface HiringDesk {
  t: TestApp;
  org: TestOrganization;
  admin: GraphQLTestClient;
  recruiter: GraphQLTestClient;
  manager: GraphQLTestClient;
  jobId: string;
  roundId: string;
  questionIds: string[];
  interviewers: TestMember[];
  /** A signed-in client per member, signed in once. */
  clientOf(member: TestMember): Promise<GraphQLTestClient>;
}

export interface PanelScore {
  member: TestMember;
  ratings: number[];
  recommendation?: string;
  /** Written into every answer's notes and the summary. */
  words: string;
}

export interface Interviewed {
  candidateId: string;
  loopId: string;
  interviewId: string;
  scorecardOf: Record<string, string>;
}

export async function openHiringDesk(t: TestApp, label: string): Promise<HiringDesk> {
  const org = await createOrganization(t.db, label);
  const questionIds = (await importSeedBank(t, org.id)).slice(0, 3);
  const clients = new Map<string, Promise<GraphQLTestClient>>();
  const clientOf = (member: TestMember) => {
    if (!clients.has(member.userId)) clients.set(member.userId, signedIn(t.client(), member));
    return clients.get(member.userId) as Promise<GraphQLTestClient>;
  };
  const manager = await clientOf(org.members.HIRING_MANAGER);
  const recruiter = await clientOf(org.members.RECRUITER);
  const { createKit } = await manager.ok<{ createKit: { id: string } }>(
    `mutation ($input: KitInput!) { createKit(input: $input) { id } }`,
    {
      input: {
        roleName: 'Backend Engineer',
        title: 'Technical round',
        interviewMinutes: 45,
        competencyWeights: [{ competency: 'architecture', weight: 2 }],
        sections: [
          { competency: 'architecture', questions: questionIds.slice(0, 2).map((questionId) => ({ questionId, plannedMinutes: 15 })) },
          { competency: 'communication', questions: [{ questionId: questionIds[2], plannedMinutes: 10 }] },
        ],
      },
    },
  );
  const { createJob } = await recruiter.ok<{ createJob: { id: string; rounds: Array<{ id: string }> } }>(
    `mutation ($input: JobInput!) { createJob(input: $input) { id rounds { id } } }`,
    {
      input: {
        title: 'Backend Engineer',
        team: 'Platform',
        hiringManagerId: org.members.HIRING_MANAGER.userId,
        rounds: [{ name: 'Technical', kitId: createKit.id }],
      },
    },
  );
  const interviewers = [
    org.members.INTERVIEWER,
    await addInterviewer(t, org, `Ines ${label}`),
    await addInterviewer(t, org, `Ola ${label}`),
  ];
  return {
    t,
    org,
    admin: await clientOf(org.members.ADMIN),
    recruiter,
    manager,
    jobId: createJob.id,
    roundId: createJob.rounds[0].id,
    questionIds,
    interviewers,
    clientOf,
  };
}

/** Adds the candidate to the desk's job and schedules one interview with `panel`. */
export async function addCandidate(
  desk: HiringDesk,
  person: { name: string; email: string; links?: string[] },
  panel: TestMember[],
): Promise<Interviewed> {
  const { createCandidate } = await desk.recruiter.ok<{ createCandidate: { id: string; loops: Array<{ id: string }> } }>(
    `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { id loops { id } } }`,
    { input: { links: [], ...person, jobId: desk.jobId } },
  );
  const loopId = createCandidate.loops[0].id;
  return { candidateId: createCandidate.id, loopId, ...(await addInterview(desk, loopId, panel)) };
}

export async function addInterview(desk: HiringDesk, loopId: string, panel: TestMember[], scheduledAt = '2026-11-20T10:00:00Z') {
  const { scheduleInterview } = await desk.recruiter.ok<{
    scheduleInterview: { id: string; panel: Array<{ id: string; interviewer: { userId: string } }> };
  }>(`mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id panel { id interviewer { userId } } } }`, {
    input: { loopId, roundId: desk.roundId, scheduledAt, interviewerIds: panel.map((member) => member.userId) },
  });
  return {
    interviewId: scheduleInterview.id,
    scorecardOf: Object.fromEntries(scheduleInterview.panel.map((seat) => [seat.interviewer.userId, seat.id])),
  };
}

/** Fills a scorecard (notes and summary carry `words`) and, unless `submit` is false, submits it. */
export async function score(
  desk: HiringDesk,
  scorecardId: string,
  { member, ratings, recommendation = 'YES', words }: PanelScore,
  submit = true,
): Promise<Scorecard> {
  const client = await desk.clientOf(member);
  const { saveScorecardDraft } = await client.ok<{ saveScorecardDraft: Scorecard }>(SAVE_DRAFT, {
    input: {
      scorecardId,
      version: 1,
      answers: desk.questionIds.map((questionId, index) => ({
        questionId,
        rating: ratings[index],
        notAsked: false,
        notes: `${words} answer ${index}`,
      })),
      recommendation,
      summary: `${words} in summary`,
    },
  });
  if (!submit) return saveScorecardDraft;
  return (await client.ok<{ submitScorecard: Scorecard }>(SUBMIT, { id: scorecardId, version: saveScorecardDraft.version }))
    .submitScorecard;
}

/** A candidate interviewed by `panel`, every scorecard submitted. */
export async function interviewed(
  desk: HiringDesk,
  person: { name: string; email: string; links?: string[] },
  panel: PanelScore[],
): Promise<Interviewed> {
  const candidate = await addCandidate(
    desk,
    person,
    panel.map((seat) => seat.member),
  );
  for (const seat of panel) await score(desk, candidate.scorecardOf[seat.member.userId], seat);
  return candidate;
}

export async function amend(
  desk: HiringDesk,
  member: TestMember,
  scorecard: Pick<Scorecard, 'id' | 'version'>,
  reason: string,
  rating: number,
): Promise<Scorecard> {
  const client = await desk.clientOf(member);
  const { amendScorecard } = await client.ok<{ amendScorecard: Scorecard }>(
    `mutation ($input: AmendScorecardInput!) { amendScorecard(input: $input) { id version revision } }`,
    {
      input: {
        scorecardId: scorecard.id,
        version: scorecard.version,
        reason,
        answers: [{ questionId: desk.questionIds[0], rating, notAsked: false, notes: `${reason} note` }],
      },
    },
  );
  return amendScorecard;
}

/** Records a hiring decision as the job's hiring manager (who sits on no panel here). */
export async function decide(desk: HiringDesk, loopId: string, decision: 'HIRE' | 'NO_HIRE' | 'HOLD', rationale: string): Promise<void> {
  await desk.manager.ok(`mutation ($input: RecordHiringDecisionInput!) { recordHiringDecision(input: $input) { id } }`, {
    input: { loopId, decision, rationale },
  });
}
