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
  const { previewBankImport } = await api.call<{ previewBankImport: { id: string; alreadyImported: boolean; items: Array<{ index: number; outcome: string }> } }>(
    `mutation ($input: PreviewBankImportInput!) { previewBankImport(input: $input) { id alreadyImported items { index outcome } } }`,
    { input: { fileName: 'backend-developer-questions.txt', contentBase64: readFileSync(SEED_BANK).toString('base64') } },
  );
  if (previewBankImport.alreadyImported) return;
  const decisions = previewBankImport.items.filter((item) => item.outcome === 'POSSIBLE_DUPLICATE').map((item) => ({ index: item.index, action: 'KEEP_BOTH' }));
  await api.call(`mutation ($input: CommitBankImportInput!) { commitBankImport(input: $input) { id } }`, { input: { id: previewBankImport.id, decisions } });
}

/** Searches of the seed bank and how many questions each contributes to the kit. */
const SEED_KIT_PICKS = [
  ['design', 2],
  ['database index', 2],
  ['tell me about a time', 1],
] as const;

async function firstHits(api: GraphQLApi, search: string): Promise<BankHit[]> {
  const { bank } = await api.call<{ bank: { edges: Array<{ node: BankHit }> } }>(
    `query ($search: String) { bank(search: $search, first: 10, filter: { hasRubric: true }) { edges { node { id competencies } } } }`,
    { search },
  );
  return bank.edges.map((edge) => edge.node);
}

/**
 * A "seed kit" built from the real seed bank (system design, data and behavioural questions),
 * a job using it, a new candidate with a loop, and one interview with the demo interviewer.
 */
export async function scheduleSeedKitInterview(baseURL: string): Promise<ScheduledInterview> {
  const manager = await GraphQLApi.create(baseURL);
  await manager.signIn(DEMO_USERS.manager.email);
  await importSeedBank(manager);
  const picked = new Map<string, BankHit>();
  for (const [search, count] of SEED_KIT_PICKS) {
    const hits = (await firstHits(manager, search)).filter((hit) => !picked.has(hit.id)).slice(0, count);
    for (const hit of hits) picked.set(hit.id, hit);
  }
  const sections = new Map<string, Array<{ questionId: string; plannedMinutes: number }>>();
  for (const hit of picked.values()) {
    const competency = hit.competencies[0] ?? 'general';
    sections.set(competency, [...(sections.get(competency) ?? []), { questionId: hit.id, plannedMinutes: 8 }]);
  }
  const { createKit } = await manager.call<{ createKit: { id: string } }>(`mutation ($input: KitInput!) { createKit(input: $input) { id } }`, {
    input: {
      roleName: 'Backend Engineer',
      title: 'Seed kit: backend technical round',
      interviewMinutes: 45,
      sections: [...sections.entries()].map(([competency, questions]) => ({ competency, questions })),
    },
  });
  const { members } = await manager.call<{ members: Array<{ userId: string; email: string }> }>(`query { members { userId email } }`);
  const userId = (email: string) => members.find((member) => member.email === email)?.userId;
  const { createJob } = await manager.call<{ createJob: { id: string; rounds: Array<{ id: string }> } }>(
    `mutation ($input: JobInput!) { createJob(input: $input) { id rounds { id } } }`,
    { input: { title: 'Senior Backend Engineer', team: 'Platform', hiringManagerId: userId(DEMO_USERS.manager.email), rounds: [{ name: 'Technical', kitId: createKit.id }] } },
  );
  const candidateName = `Casey Candidate ${Date.now().toString(36).slice(-4)}`;
  const { createCandidate } = await manager.call<{ createCandidate: { loops: Array<{ id: string }> } }>(
    `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { loops { id } } }`,
    { input: { name: candidateName, email: uniqueEmail('casey'), links: [], jobId: createJob.id } },
  );
  const loopId = createCandidate.loops[0].id;
  const { scheduleInterview } = await manager.call<{ scheduleInterview: { id: string } }>(
    `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
    { input: { loopId, roundId: createJob.rounds[0].id, scheduledAt: new Date().toISOString(), interviewerIds: [userId(DEMO_USERS.interviewer.email)] } },
  );
  await manager.dispose();
  return { interviewId: scheduleInterview.id, loopId, jobId: createJob.id, candidateName, questionCount: picked.size };
}
