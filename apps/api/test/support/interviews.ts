import { readFileSync } from 'node:fs';
import { BankImportsService } from '../../src/bank-imports/bank-imports.service';
import { SEED_FILE } from './bank';
import { addMember, signedIn, type TestMember, type TestOrganization } from './fixtures';
import type { GraphQLTestClient, TestApp } from './test-app';

export const SCORECARD_FIELDS = `id version status revision recommendation summary submittedAt interviewer { userId name }
  answers { questionId rating notAsked notes } competencyRatings { competency rating }`;

export interface Scorecard {
  id: string;
  version: number;
  status: 'PENDING' | 'DRAFT' | 'SUBMITTED';
  revision: number;
  recommendation: string | null;
  summary: string;
  answers: Array<{ questionId: string; rating: number | null; notAsked: boolean; notes: string }>;
  competencyRatings: Array<{ competency: string; rating: number | null }>;
}

export interface Loop {
  kitId: string;
  jobId: string;
  candidateId: string;
  loopId: string;
  interviewId: string;
  /** The kit's questions in order: two in "architecture", one in "communication". */
  questionIds: string[];
  /** Scorecard id of each panel member by user id. */
  scorecardOf: Record<string, string>;
}

/** Imports the seed bank into the organization (once per test file). */
export async function importSeedBank(t: TestApp, organizationId: string): Promise<string[]> {
  await t.app.get(BankImportsService).importFile(organizationId, { fileName: 'seed.txt', content: readFileSync(SEED_FILE) });
  const rows = await t.db.query<Array<{ id: string }>>(`SELECT id FROM questions WHERE organization_id = $1 ORDER BY prompt LIMIT 20`, [
    organizationId,
  ]);
  return rows.map((row) => row.id);
}

/** A second interviewer, so panels can have two members of the INTERVIEWER role. */
export function addInterviewer(t: TestApp, org: TestOrganization, name: string): Promise<TestMember> {
  return addMember(t.db, org.id, { email: `${name.toLowerCase().replace(/\W+/g, '.')}.${org.slug}@test.dev`, name, role: 'INTERVIEWER' });
}

export interface LoopMakers {
  /** Builds the kit: a hiring manager or admin. */
  kitEditor: GraphQLTestClient;
  /** Creates the job, candidate and interview: any loop manager. */
  scheduler: GraphQLTestClient;
}

/** A 3-question kit (4-point scale), a job, a candidate with a loop, and one interview with `panel`. */
export async function scheduleLoop(
  { kitEditor, scheduler: manager }: LoopMakers,
  org: TestOrganization,
  questionIds: string[],
  panel: TestMember[],
  candidateEmail: string,
): Promise<Loop> {
  const [q1, q2, q3] = questionIds;
  const { createKit } = await kitEditor.ok<{ createKit: { id: string } }>(
    `mutation ($input: KitInput!) { createKit(input: $input) { id } }`,
    {
      input: {
        roleName: 'Backend Engineer',
        title: `Technical round ${candidateEmail}`,
        interviewMinutes: 45,
        competencyWeights: [{ competency: 'architecture', weight: 2 }],
        sections: [
          {
            competency: 'architecture',
            questions: [
              { questionId: q1, plannedMinutes: 15 },
              { questionId: q2, plannedMinutes: 15 },
            ],
          },
          { competency: 'communication', questions: [{ questionId: q3, plannedMinutes: 10 }] },
        ],
      },
    },
  );
  const { createJob } = await manager.ok<{ createJob: { id: string; rounds: Array<{ id: string }> } }>(
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
  const { createCandidate } = await manager.ok<{ createCandidate: { id: string; loops: Array<{ id: string }> } }>(
    `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { id loops { id } } }`,
    { input: { name: 'Casey Candidate', email: candidateEmail, links: ['https://example.com/casey'], jobId: createJob.id } },
  );
  const loopId = createCandidate.loops[0].id;
  const { scheduleInterview } = await manager.ok<{
    scheduleInterview: { id: string; panel: Array<{ id: string; interviewer: { userId: string } }> };
  }>(`mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id panel { id interviewer { userId } } } }`, {
    input: {
      loopId,
      roundId: createJob.rounds[0].id,
      scheduledAt: '2026-12-01T10:00:00Z',
      interviewerIds: panel.map((member) => member.userId),
    },
  });
  return {
    kitId: createKit.id,
    jobId: createJob.id,
    candidateId: createCandidate.id,
    loopId,
    interviewId: scheduleInterview.id,
    questionIds: [q1, q2, q3],
    scorecardOf: Object.fromEntries(scheduleInterview.panel.map((seat) => [seat.interviewer.userId, seat.id])),
  };
}

export const SAVE_DRAFT = `mutation ($input: ScorecardChangeInput!) { saveScorecardDraft(input: $input) { ${SCORECARD_FIELDS} } }`;
export const SUBMIT = `mutation ($id: ID!, $version: Int!) { submitScorecard(id: $id, version: $version) { ${SCORECARD_FIELDS} } }`;

/** Fills and submits a scorecard in two calls, as the interview page would. */
export async function scoreAndSubmit(
  client: GraphQLTestClient,
  scorecardId: string,
  questionIds: string[],
  ratings: number[],
  recommendation = 'YES',
): Promise<Scorecard> {
  const { saveScorecardDraft } = await client.ok<{ saveScorecardDraft: Scorecard }>(SAVE_DRAFT, {
    input: {
      scorecardId,
      version: 1,
      answers: questionIds.map((questionId, index) => ({
        questionId,
        rating: ratings[index],
        notAsked: false,
        notes: `evidence ${index}`,
      })),
      recommendation,
      summary: 'Clear reasoning about trade-offs.',
    },
  });
  const { submitScorecard } = await client.ok<{ submitScorecard: Scorecard }>(SUBMIT, {
    id: scorecardId,
    version: saveScorecardDraft.version,
  });
  return submitScorecard;
}

export { signedIn };
