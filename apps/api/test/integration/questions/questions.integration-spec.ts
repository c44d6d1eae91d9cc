import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const CREATE = `mutation ($input: QuestionContentInput!) { createQuestion(input: $input) {
  id version currentRevision type difficulty tags competencies hasLookFor hasRedFlags protectedFindings { category field match }
  current { id revision rubric { lookFor redFlags referenceAnswer } classification { type { value reason } } }
} }`;
const UPDATE = `mutation ($input: UpdateQuestionInput!) { updateQuestion(input: $input) {
  id version currentRevision prompt current { id revision prompt changeNote createdByName } revisions { id revision prompt }
} }`;

const content = (prompt: string, extra: Record<string, unknown> = {}) => ({
  prompt,
  followUps: ['What would you measure first?'],
  referenceAnswer: 'Start from the slow query log.',
  lookFor: ['Uses EXPLAIN ANALYZE', 'Checks indexes'],
  redFlags: ['Adds indexes blindly'],
  ...extra,
});

interface Created {
  createQuestion: {
    id: string;
    version: number;
    current: { id: string; classification: { type: { value: string; reason: string } } };
    [key: string]: unknown;
  };
}

interface Updated {
  version: number;
  currentRevision: number;
  prompt: string;
  current: { revision: number; changeNote: string | null; createdByName: string | null };
  revisions: Array<{ revision: number }>;
}

describe('questions: create, revise, archive', () => {
  let t: TestApp;
  let org: TestOrganization;
  let manager: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'questions');
    manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
  });
  afterAll(() => t.close());

  it('creates a question, classifying what the person left out and saying why', async () => {
    const { createQuestion } = await manager.ok<Created>(CREATE, { input: content('How would you speed up a slow PostgreSQL query?') });
    expect(createQuestion).toMatchObject({ version: 1, currentRevision: 1, hasLookFor: true, hasRedFlags: true });
    expect(createQuestion.tags).toContain('PostgreSQL');
    expect(createQuestion.current.classification.type.reason.length).toBeGreaterThan(5);
  });

  it('keeps what the person states, with their name as the reason', async () => {
    const { createQuestion } = await manager.ok<Created>(CREATE, {
      input: content('Walk me through a design review you ran.', { type: 'BEHAVIOURAL', difficulty: 'SENIOR' }),
    });
    expect(createQuestion.current.classification.type).toEqual({
      value: 'behavioural',
      reason: expect.stringContaining(org.members.HIRING_MANAGER.name),
    });
  });

  it('an edit is a new revision; the old one stays readable; a stale edit is a CONFLICT', async () => {
    const { createQuestion: created } = await manager.ok<Created>(CREATE, { input: content('Explain eventual consistency.') });
    const { updateQuestion } = await manager.ok<{ updateQuestion: Updated }>(UPDATE, {
      input: {
        id: created.id,
        version: 1,
        content: content('Explain eventual consistency with an example.'),
        changeNote: 'Ask for an example',
      },
    });
    expect(updateQuestion).toMatchObject({ version: 2, currentRevision: 2, prompt: 'Explain eventual consistency with an example.' });
    expect(updateQuestion.current).toMatchObject({
      revision: 2,
      changeNote: 'Ask for an example',
      createdByName: org.members.HIRING_MANAGER.name,
    });
    expect(updateQuestion.revisions.map((r) => r.revision)).toEqual([2, 1]);
    const { questionRevision } = await manager.ok<{ questionRevision: { prompt: string; revision: number } }>(
      `query ($id: ID!) { questionRevision(id: $id) { prompt revision } }`,
      { id: created.current.id },
    );
    expect(questionRevision).toEqual({ prompt: 'Explain eventual consistency.', revision: 1 });

    const stale = await manager.request(UPDATE, { input: { id: created.id, version: 1, content: content('Overwrite?') } });
    expect(errorOf(stale)).toEqual({ code: 'CONFLICT', field: 'version' });
  });

  it('two concurrent edits of the same version: exactly one wins, the other gets CONFLICT', async () => {
    const { createQuestion: created } = await manager.ok<Created>(CREATE, { input: content('What is a deadlock?') });
    const admin = await signedIn(t.client(), org.members.ADMIN);
    const results = await Promise.all([
      manager.request(UPDATE, { input: { id: created.id, version: 1, content: content('What is a deadlock, and how do you avoid one?') } }),
      admin.request(UPDATE, { input: { id: created.id, version: 1, content: content('What causes a deadlock?') } }),
    ]);
    expect(results.map((r) => errorOf(r).code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM question_revisions WHERE question_id = $1`, [created.id]);
    expect(n).toBe(2);
  });

  it('refuses a second question with exactly the same prompt', async () => {
    await manager.ok(CREATE, { input: content('What is sharding?') });
    expect(errorOf(await manager.request(CREATE, { input: content('  What is SHARDING? ') }))).toEqual({
      code: 'CONFLICT',
      field: 'prompt',
    });
  });

  it('archives and restores; archived questions leave the bank search', async () => {
    const { createQuestion: created } = await manager.ok<Created>(CREATE, { input: content('Describe blue-green deployments.') });
    await manager.ok(`mutation ($id: ID!) { archiveQuestion(id: $id) { status } }`, { id: created.id });
    const search = `query { bank(search: "blue-green", first: 5) { totalCount } }`;
    expect((await manager.ok<{ bank: { totalCount: number } }>(search)).bank.totalCount).toBe(0);
    await manager.ok(`mutation ($id: ID!) { restoreQuestion(id: $id) { status } }`, { id: created.id });
    expect((await manager.ok<{ bank: { totalCount: number } }>(search)).bank.totalCount).toBe(1);
  });

  it('flags a model answer that invites disclosure of a protected characteristic', async () => {
    const { createQuestion } = await manager.ok<Created>(CREATE, {
      input: content('Why do you want to work here?', { referenceAnswer: 'I am married with two kids, so stability matters to me.' }),
    });
    expect(createQuestion.protectedFindings).toEqual([
      expect.objectContaining({ category: 'family-or-marital-status', field: 'referenceAnswer' }),
    ]);
  });

  it.each([
    [{ prompt: '' }, 'prompt'],
    [{ prompt: 'x'.repeat(4001) }, 'prompt'],
    [{ lookFor: ['x'.repeat(1001)] }, 'lookFor'],
    [{ type: 'RIDDLE' }, 'type'],
  ])('rejects %j naming the field', async (override, field) => {
    const result = await manager.request(CREATE, { input: { ...content('A valid prompt?'), ...override } });
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    if (field !== 'type') expect(errorOf(result).field).toBe(field);
  });

  it('lets recruiters and interviewers read but not edit', async () => {
    for (const role of ['RECRUITER', 'INTERVIEWER'] as const) {
      const client = await signedIn(t.client(), org.members[role]);
      expect(errorOf(await client.request(CREATE, { input: content('Can I add this?') })).code).toBe('FORBIDDEN');
      expect(
        (await client.ok<{ bank: { totalCount: number } }>(`query { bank(first: 1) { totalCount } }`)).bank.totalCount,
      ).toBeGreaterThan(0);
    }
  });
});
