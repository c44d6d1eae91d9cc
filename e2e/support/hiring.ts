import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_USERS, uniqueEmail } from './demo';
import { GraphQLApi } from './graphql-api';

const SEED_BANK = join(__dirname, '..', '..', 'db', 'seeds', 'bank', 'backend-developer-questions.txt');

interface BankHit {
  id: string;
  competencies: string[];
}

export interface ScheduledInterview {
  interviewId: string;
  loopId: string;
  jobId: string;
  candidateName: string;
  /** Kit questions in interview order. */
  questionCount: number;
}

/** Imports the real seed bank once (every possible duplicate kept), as a hiring manager. */
async function importSeedBank(api: GraphQLApi): Promise<void> {
  const { previewBankImport } = await api.call<{
    previewBankImport: { id: string; alreadyImported: boolean; items: Array<{ index: number; outcome: string }> };
  }>(`mutation ($input: PreviewBankImportInput!) { previewBankImport(input: $input) { id alreadyImported items { index outcome } } }`, {
    input: { fileName: 'backend-developer-questions.txt', contentBase64: readFileSync(SEED_BANK).toString('base64') },
  });
  if (previewBankImport.alreadyImported) return;
  const decisions = previewBankImport.items
    .filter((item) => item.outcome === 'POSSIBLE_DUPLICATE')
    .map((item) => ({ index: item.index, action: 'KEEP_BOTH' }));
  await api.call(`mutation ($input: CommitBankImportInput!) { commitBankImport(input: $input) { id } }`, {
    input: { id: previewBankImport.id, decisions },
  });
}

/** Searches of the seed bank and how many questions each contributes to the kit. */
const SEED_KIT_PICKS = [
  ['design', 2],
  ['database', 2],
  ['tell me about a time', 1],
] as const;

async function firstHits(api: GraphQLApi, search: string): Promise<BankHit[]> {
  const { bank } = await api.call<{ bank: { edges: Array<{ node: BankHit }> } }>(
    `query ($search: String) { bank(search: $search, first: 10) { edges { node { id competencies } } } }`,
    { search },
  );
  return bank.edges.map((edge) => edge.node);
}

interface SeedKitJob {
  jobId: string;
  roundId: string;
  questionIds: string[];
  userId: (email: string) => string;
}

/** As a signed-in hiring manager: the seed bank, a "seed kit" from it and a job holding it. */
async function createSeedKitJob(manager: GraphQLApi, leading: BankHit[] = []): Promise<SeedKitJob> {
  await importSeedBank(manager);
  const picked = new Map<string, BankHit>(leading.map((hit) => [hit.id, hit]));
  for (const [search, count] of SEED_KIT_PICKS) {
    const hits = (await firstHits(manager, search)).filter((hit) => !picked.has(hit.id)).slice(0, count);
    for (const hit of hits) picked.set(hit.id, hit);
  }
  const sections = new Map<string, Array<{ questionId: string; plannedMinutes: number }>>();
  for (const hit of picked.values()) {
    const competency = hit.competencies[0] ?? 'general';
    sections.set(competency, [...(sections.get(competency) ?? []), { questionId: hit.id, plannedMinutes: 8 }]);
  }
  const { createKit } = await manager.call<{ createKit: { id: string; sections: Array<{ questions: Array<{ questionId: string }> }> } }>(
    `mutation ($input: KitInput!) { createKit(input: $input) { id sections { questions { questionId } } } }`,
    {
      input: {
        roleName: 'Backend Engineer',
        title: 'Seed kit: backend technical round',
        interviewMinutes: 45,
        sections: [...sections.entries()].map(([competency, questions]) => ({ competency, questions })),
      },
    },
  );
  const { members } = await manager.call<{ members: Array<{ userId: string; email: string }> }>(`query { members { userId email } }`);
  const userId = (email: string) => {
    const id = members.find((member) => member.email === email)?.userId;
    if (!id) throw new Error(`${email} is not a member`);
    return id;
  };
  const { createJob } = await manager.call<{ createJob: { id: string; rounds: Array<{ id: string }> } }>(
    `mutation ($input: JobInput!) { createJob(input: $input) { id rounds { id } } }`,
    {
      input: {
        title: 'Senior Backend Engineer',
        team: 'Platform',
        hiringManagerId: userId(DEMO_USERS.manager.email),
        rounds: [{ name: 'Technical', kitId: createKit.id }],
      },
    },
  );
  const questionIds = createKit.sections.flatMap((section) => section.questions.map((question) => question.questionId));
  return { jobId: createJob.id, roundId: createJob.rounds[0].id, questionIds, userId };
}

/** A new candidate with a loop for the job and one interview with the given panel. */
async function addCandidate(
  api: GraphQLApi,
  job: SeedKitJob,
  name: string,
  panelEmails: string[],
  scheduledAt = new Date(),
): Promise<{ loopId: string; interviewId: string }> {
  const { createCandidate } = await api.call<{ createCandidate: { loops: Array<{ id: string }> } }>(
    `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { loops { id } } }`,
    { input: { name, email: uniqueEmail(name.split(' ')[0].toLowerCase()), links: [], jobId: job.jobId } },
  );
  const loopId = createCandidate.loops[0].id;
  const { scheduleInterview } = await api.call<{ scheduleInterview: { id: string } }>(
    `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
    { input: { loopId, roundId: job.roundId, scheduledAt: scheduledAt.toISOString(), interviewerIds: panelEmails.map(job.userId) } },
  );
  return { loopId, interviewId: scheduleInterview.id };
}

const runSuffix = () => Date.now().toString(36).slice(-4);

/**
 * A "seed kit" built from the real seed bank (system design, data and behavioural questions),
 * a job using it, a new candidate with a loop, and one interview (now, unless told) with the demo
 * interviewer (unless another panel is given).
 */
export async function scheduleSeedKitInterview(
  baseURL: string,
  {
    panelEmails = [DEMO_USERS.interviewer.email],
    scheduledAt = new Date(),
    firstQuestion,
  }: {
    panelEmails?: string[];
    scheduledAt?: Date;
    /** A question of the test's own to open the kit with (Q1). */
    firstQuestion?: Parameters<GraphQLApi['createQuestion']>[0];
  } = {},
): Promise<ScheduledInterview> {
  const manager = await GraphQLApi.create(baseURL);
  await manager.signIn(DEMO_USERS.manager.email);
  const leading = firstQuestion ? [{ id: await manager.createQuestion(firstQuestion), competencies: ['communication'] }] : [];
  const job = await createSeedKitJob(manager, leading);
  const candidateName = `Casey Candidate ${runSuffix()}`;
  const { loopId, interviewId } = await addCandidate(manager, job, candidateName, panelEmails, scheduledAt);
  await manager.dispose();
  return { interviewId, loopId, jobId: job.jobId, candidateName, questionCount: job.questionIds.length };
}

export interface ScoredCandidate {
  name: string;
  loopId: string;
}

/**
 * Three candidates for one job, each interviewed by the same three interviewers (admin, hiring
 * manager, interviewer), every scorecard submitted through the API with the given ratings.
 */
export async function scoreThreeCandidates(baseURL: string): Promise<{ jobId: string; candidates: ScoredCandidate[] }> {
  const manager = await GraphQLApi.create(baseURL);
  await manager.signIn(DEMO_USERS.manager.email);
  const job = await createSeedKitJob(manager);
  const panel = [DEMO_USERS.admin.email, DEMO_USERS.manager.email, DEMO_USERS.interviewer.email];
  const suffix = runSuffix();
  // Ratings per interviewer (admin, manager, interviewer): a clear lead, a split panel, a weak one.
  const plans = [
    { name: `Avery Strong ${suffix}`, ratings: [4, 4, 3], recommendations: ['STRONG_YES', 'YES', 'YES'] },
    { name: `Blake Split ${suffix}`, ratings: [4, 1, 3], recommendations: ['YES', 'STRONG_NO', 'YES'] },
    { name: `Cameron Weak ${suffix}`, ratings: [2, 1, 2], recommendations: ['NO', 'STRONG_NO', 'NO'] },
  ];
  const candidates: ScoredCandidate[] = [];
  for (const plan of plans) {
    const { loopId, interviewId } = await addCandidate(manager, job, plan.name, panel);
    candidates.push({ name: plan.name, loopId });
    for (const [index, email] of panel.entries()) {
      const scorer = await GraphQLApi.create(baseURL);
      await scorer.signIn(email);
      const { interview } = await scorer.call<{ interview: { myScorecard: { id: string; version: number } } }>(
        `query ($id: ID!) { interview(id: $id) { myScorecard { id version } } }`,
        { id: interviewId },
      );
      const { saveScorecardDraft } = await scorer.call<{ saveScorecardDraft: { version: number } }>(
        `mutation ($input: ScorecardChangeInput!) { saveScorecardDraft(input: $input) { version } }`,
        {
          input: {
            scorecardId: interview.myScorecard.id,
            version: interview.myScorecard.version,
            answers: job.questionIds.map((questionId) => ({ questionId, rating: plan.ratings[index], notes: `Evidence from ${email}` })),
            recommendation: plan.recommendations[index],
            summary: `Summary from ${email}.`,
          },
        },
      );
      await scorer.call(`mutation ($id: ID!, $version: Int!) { submitScorecard(id: $id, version: $version) { id } }`, {
        id: interview.myScorecard.id,
        version: saveScorecardDraft.version,
      });
      await scorer.dispose();
    }
  }
  await manager.dispose();
  return { jobId: job.jobId, candidates };
}
