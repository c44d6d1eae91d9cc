import { readFileSync } from 'node:fs';
import { BankImportsService } from '../../../src/bank-imports/bank-imports.service';
import { SEED_FILE } from '../../support/bank';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';
import { statementsOf } from '../../support/statements';

const KIT_FIELDS = `id version title roleName interviewMinutes ratingScale { value label anchor } competencyWeights { competency weight }
  sections { competency title questions { id questionId plannedMinutes newerRevisionAvailable currentRevision revision { id revision prompt rubric { lookFor redFlags } } } }
  summary { totalMinutes questionCount competenciesCovered competenciesMissing warnings { code message } }`;
const CREATE = `mutation ($input: KitInput!) { createKit(input: $input) { ${KIT_FIELDS} } }`;
const SAVE = `mutation ($input: SaveKitInput!) { saveKit(input: $input) { ${KIT_FIELDS} } }`;
const GET = `query ($id: ID!) { kit(id: $id) { ${KIT_FIELDS} } }`;

interface KitQuestion {
  id: string;
  questionId: string;
  plannedMinutes: number;
  newerRevisionAvailable: boolean;
  currentRevision: number;
  revision: { id: string; revision: number; prompt: string };
}
interface Kit {
  id: string;
  version: number;
  title: string;
  ratingScale: Array<{ value: number; label: string; anchor: string }>;
  sections: Array<{ competency: string; questions: KitQuestion[] }>;
  summary: {
    totalMinutes: number;
    questionCount: number;
    competenciesCovered: string[];
    competenciesMissing: string[];
    warnings: Array<{ code: string }>;
  };
}

describe('interview kits', () => {
  let t: TestApp;
  let org: TestOrganization;
  let manager: GraphQLTestClient;
  let questionIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'kits');
    await t.app.get(BankImportsService).importFile(org.id, { fileName: 'seed.txt', content: readFileSync(SEED_FILE) });
    questionIds = (
      await t.db.query<Array<{ id: string }>>(`SELECT id FROM questions WHERE organization_id = $1 ORDER BY prompt LIMIT 60`, [org.id])
    ).map((r) => r.id);
    manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
  });
  afterAll(() => t.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    roleName: 'Senior Backend Engineer',
    title: 'System design round',
    interviewMinutes: 45,
    sections: [
      {
        competency: 'architecture',
        questions: [
          { questionId: questionIds[0], plannedMinutes: 15 },
          { questionId: questionIds[1], plannedMinutes: 15 },
        ],
      },
      { competency: 'communication', questions: [{ questionId: questionIds[2], plannedMinutes: 10 }] },
    ],
    ...overrides,
  });
  const kitCount = async () =>
    Number((await t.db.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM kits WHERE organization_id = $1`, [org.id]))[0].n);

  it('builds a 45-minute kit with the default 4-point scale anchored on the rubric, and sums it up', async () => {
    const { createKit } = await manager.ok<{ createKit: Kit }>(CREATE, { input: input() });
    expect(createKit.ratingScale.map((p) => p.value)).toEqual([1, 2, 3, 4]);
    expect(createKit.ratingScale[0].anchor).toMatch(/red flag/i);
    expect(createKit.sections.map((s) => s.questions.length)).toEqual([2, 1]);
    expect(createKit.summary).toMatchObject({
      totalMinutes: 40,
      questionCount: 3,
      competenciesCovered: ['architecture', 'communication'],
      competenciesMissing: [],
    });
  });

  it.each([
    [
      'a scale of 2 points',
      {
        ratingScale: [
          { value: 1, label: 'No', anchor: 'x' },
          { value: 2, label: 'Yes', anchor: 'y' },
        ],
      },
      'ratingScale',
    ],
    ['a default scale of 6 points', { ratingPoints: 6 }, 'ratingPoints'],
    [
      'negative minutes',
      { sections: [{ competency: 'architecture', questions: [{ questionId: 'QUESTION_0', plannedMinutes: -5 }] }] },
      'sections.0.questions.0.plannedMinutes',
    ],
    [
      'the same question twice',
      {
        sections: [
          { competency: 'a', questions: [{ questionId: 'QUESTION_0', plannedMinutes: 5 }] },
          { competency: 'b', questions: [{ questionId: 'QUESTION_0', plannedMinutes: 5 }] },
        ],
      },
      'sections.1.questions.0.questionId',
    ],
    ['a weight above 10', { competencyWeights: [{ competency: 'architecture', weight: 11 }] }, 'competencyWeights.0.weight'],
  ])('refuses %s, naming the field, saving nothing', async (_label, overrides, field) => {
    const before = await kitCount();
    const withIds = JSON.parse(JSON.stringify(input(overrides)).replaceAll('QUESTION_0', questionIds[0]));
    const result = await manager.request(CREATE, { input: withIds });
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    expect(errorOf(result).field).toBe(field);
    expect(await kitCount()).toBe(before);
  });

  it("refuses a question from another organization's bank, naming it", async () => {
    const other = await createOrganization(t.db, 'otherbank');
    await t.app.get(BankImportsService).importFile(other.id, { fileName: 'x.md', content: Buffer.from('- What is a B-tree index?') });
    const [{ id: foreign }] = await t.db.query<Array<{ id: string }>>(`SELECT id FROM questions WHERE organization_id = $1`, [other.id]);
    const result = await manager.request(CREATE, {
      input: input({ sections: [{ competency: 'databases', questions: [{ questionId: foreign, plannedMinutes: 10 }] }] }),
    });
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'sections.0.questions.0.questionId' });
  });

  it('pins the revision that was added; a newer bank revision is offered, not forced', async () => {
    const { createKit } = await manager.ok<{ createKit: Kit }>(CREATE, { input: input() });
    const pinned = createKit.sections[0].questions[0];
    const [{ version }] = await t.db.query(`SELECT version FROM questions WHERE id = $1`, [pinned.questionId]);
    await manager.ok(`mutation ($input: UpdateQuestionInput!) { updateQuestion(input: $input) { id } }`, {
      input: {
        id: pinned.questionId,
        version,
        content: { prompt: `${pinned.revision.prompt} (reworded)`, lookFor: ['x'], redFlags: [], followUps: [], category: [] },
      },
    });
    const { kit } = await manager.ok<{ kit: Kit }>(GET, { id: createKit.id });
    const stale = kit.sections[0].questions[0];
    expect(stale).toMatchObject({ newerRevisionAvailable: true, revision: { revision: 1, prompt: pinned.revision.prompt } });

    // Saving the kit again keeps the pin.
    const { saveKit } = await manager.ok<{ saveKit: Kit }>(SAVE, { input: { id: kit.id, version: kit.version, kit: input() } });
    expect(saveKit.sections[0].questions[0].revision.revision).toBe(1);

    const { takeNewerRevision } = await manager.ok<{ takeNewerRevision: Kit }>(
      `mutation ($id: ID!) { takeNewerRevision(kitQuestionId: $id) { ${KIT_FIELDS} } }`,
      { id: saveKit.sections[0].questions[0].id },
    );
    expect(takeNewerRevision.sections[0].questions[0]).toMatchObject({ newerRevisionAvailable: false, revision: { revision: 2 } });
  });

  it('a stale save is a CONFLICT and changes nothing', async () => {
    const { createKit } = await manager.ok<{ createKit: Kit }>(CREATE, { input: input() });
    await manager.ok(SAVE, { input: { id: createKit.id, version: 1, kit: input({ title: 'First save' }) } });
    const stale = await manager.request(SAVE, { input: { id: createKit.id, version: 1, kit: input({ title: 'Second save' }) } });
    expect(errorOf(stale)).toEqual({ code: 'CONFLICT', field: 'version' });
    const { kit } = await manager.ok<{ kit: Kit }>(GET, { id: createKit.id });
    expect(kit.title).toBe('First save');
  });

  it('clones a kit with its sections and pinned revisions', async () => {
    const { createKit } = await manager.ok<{ createKit: Kit }>(CREATE, { input: input() });
    const { cloneKit } = await manager.ok<{ cloneKit: Kit }>(`mutation ($id: ID!) { cloneKit(id: $id) { ${KIT_FIELDS} } }`, {
      id: createKit.id,
    });
    expect(cloneKit.id).not.toBe(createKit.id);
    expect(cloneKit.title).toBe('System design round (copy)');
    const pins = (kit: Kit) => kit.sections.map((s) => s.questions.map((q) => q.revision.id));
    expect(pins(cloneKit)).toEqual(pins(createKit));
  });

  it('lets recruiters and interviewers read kits but not change them; other organizations see nothing', async () => {
    const { createKit } = await manager.ok<{ createKit: Kit }>(CREATE, { input: input() });
    for (const role of ['RECRUITER', 'INTERVIEWER'] as const) {
      const client = await signedIn(t.client(), org.members[role]);
      expect((await client.ok<{ kit: Kit }>(GET, { id: createKit.id })).kit.id).toBe(createKit.id);
      expect(errorOf(await client.request(CREATE, { input: input() })).code).toBe('FORBIDDEN');
      expect(errorOf(await client.request(SAVE, { input: { id: createKit.id, version: createKit.version, kit: input() } })).code).toBe(
        'FORBIDDEN',
      );
    }
    const stranger = await signedIn(t.client(), (await createOrganization(t.db, 'kitstranger')).members.ADMIN);
    expect(errorOf(await stranger.request(GET, { id: createKit.id }))).toEqual({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf(await stranger.request(SAVE, { input: { id: createKit.id, version: createKit.version, kit: input() } }))).toEqual({
      code: 'NOT_FOUND',
      field: 'id',
    });
  });

  it('shows on the question page which kits use the question', async () => {
    const { createKit } = await manager.ok<{ createKit: Kit }>(CREATE, { input: input({ title: 'Used by' }) });
    const { question } = await manager.ok<{ question: { kits: Array<{ id: string; title: string }> } }>(
      `query ($id: ID!) { question(id: $id) { kits { id title pinnedRevision } } }`,
      { id: questionIds[2] },
    );
    expect(question.kits).toContainEqual(expect.objectContaining({ id: createKit.id, title: 'Used by' }));
  });

  it('loads a kit of 40 questions with rubrics in one statement, exactly as the field-by-field loaders do', async () => {
    const FULL = `id roleName title interviewMinutes notes ratingScale { value label anchor } competencyWeights { competency weight } status version
      clonedFromId createdAt updatedAt
      sections { id position competency title questions { id position plannedMinutes questionId currentRevision newerRevisionAvailable archived
        revision { id questionId revision prompt code category followUps type difficulty competencies tags changeNote createdByName createdAt
          rubric { referenceAnswer lookFor redFlags whatToExpect interviewerGuidance sampleAnswer }
          classification { type { value reason } competencies { value reason } tags { value reason } difficulty { value reason } } } } }
      summary { totalMinutes questionCount competenciesCovered competenciesMissing warnings { code message sectionIndex questionId } }`;
    const sized = async (n: number) => {
      const sections = [0, 1, 2, 3].map((s) => ({
        competency: `competency ${s}`,
        questions: questionIds.slice(s * (n / 4) + 10, (s + 1) * (n / 4) + 10).map((questionId) => ({ questionId, plannedMinutes: 1 })),
      }));
      // A mutation's answer resolves the sections field by field (DataLoader): the reference.
      const { createKit } = await manager.ok<{ createKit: Kit }>(`mutation ($input: KitInput!) { createKit(input: $input) { ${FULL} } }`, {
        input: input({ interviewMinutes: 60, sections }),
      });
      return createKit;
    };
    const statements = async (reference: Kit) => {
      const { statements: count, result } = await statementsOf(() =>
        manager.ok<{ kit: Kit }>(`query ($id: ID!) { kit(id: $id) { ${FULL} } }`, { id: reference.id }),
      );
      expect(result.kit).toEqual(reference);
      return { count, questions: result.kit.summary.questionCount };
    };
    const small = await statements(await sized(4));
    const large = await statements(await sized(40));
    expect(small.questions).toBe(4);
    expect(large.questions).toBe(40);
    // The kit page is one statement (the session read is cached: auth/session-cache).
    expect(large.count).toBe(1);
    expect(small.count).toBe(1);
  });
});
