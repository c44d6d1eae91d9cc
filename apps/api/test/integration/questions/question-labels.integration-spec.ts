import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { importKeepingAll } from '../../support/bank';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

// The shape of Back-End Developer Interview Questions: a heading titles the question its paragraph asks.
const TITLED_BANK = `# Back-end questions

## Design patterns

#### Law of Demeter
Would you write code violating this principle, show why it is a bad design and then fix it?

#### Service Locator
Tell me about the Service Locator pattern and how it differs from dependency injection.<br/>
[Resources](design-patterns/service-locator.md)
`;

const BANK = `query ($search: String) { bank(search: $search, first: 20) { edges { node { id label prompt } } } }`;
const QUESTION = `query ($id: ID!) { question(id: $id) {
  id label version category current { id label prompt } revisions { revision label }
} }`;
const CREATE = `mutation ($input: QuestionContentInput!) { createQuestion(input: $input) { id version label current { label } } }`;
const UPDATE = `mutation ($input: UpdateQuestionInput!) { updateQuestion(input: $input) {
  id version label current { label prompt } revisions { revision label }
} }`;

interface Node {
  id: string;
  label: string | null;
  prompt: string;
}
interface Question {
  id: string;
  label: string | null;
  version: number;
  current: { id: string; label: string | null; prompt: string };
  revisions: Array<{ revision: number; label: string | null }>;
}

describe('question labels: the short title a bank gives a question', () => {
  let t: TestApp;
  let org: TestOrganization;
  let manager: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'labels');
    manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
  });
  afterAll(() => t.close());

  it('imports a titled heading with its question: the title is stored as the label and returned, not made a category', async () => {
    const { result } = await importKeepingAll(manager, 'titled.md', TITLED_BANK);
    expect(result.created).toBe(2);

    const { bank } = await manager.ok<{ bank: { edges: Array<{ node: Node }> } }>(BANK);
    const byLabel = new Map(bank.edges.map(({ node }) => [node.label, node]));
    expect([...byLabel.keys()].sort()).toEqual(['Law of Demeter', 'Service Locator']);
    const demeter = byLabel.get('Law of Demeter');
    expect(demeter?.prompt).toBe('Would you write code violating this principle, show why it is a bad design and then fix it?');

    const { question } = await manager.ok<{ question: Question & { category: string[] } }>(QUESTION, { id: demeter?.id });
    expect(question).toMatchObject({ label: 'Law of Demeter', current: { label: 'Law of Demeter' } });
    expect(question.category).toEqual(['Back-end questions', 'Design patterns']);
    expect(question.revisions).toEqual([{ revision: 1, label: 'Law of Demeter' }]);

    const stored = await t.db.query<Array<{ label: string; revisionLabel: string }>>(
      `SELECT q.label, r.label AS "revisionLabel" FROM questions q JOIN question_revisions r ON r.question_id = q.id WHERE q.id = $1`,
      [demeter?.id],
    );
    expect(stored).toEqual([{ label: 'Law of Demeter', revisionLabel: 'Law of Demeter' }]);
    const { questionRevision } = await manager.ok<{ questionRevision: { label: string | null } }>(
      `query ($id: ID!) { questionRevision(id: $id) { label } }`,
      { id: question.current.id },
    );
    expect(questionRevision.label).toBe('Law of Demeter');
  });

  it('exports the label with its question as Panelist JSON', async () => {
    const { bankExport } = await manager.ok<{ bankExport: { chunk: string; nextCursor: string | null } }>(
      `query { bankExport(format: JSON) { chunk nextCursor } }`,
    );
    expect(bankExport.nextCursor).toBeNull();
    const { questions } = JSON.parse(bankExport.chunk) as { questions: Array<{ label?: string; prompt: string }> };
    expect(questions.map((q) => q.label).sort()).toEqual(['Law of Demeter', 'Service Locator']);
  });

  it('finds a question by a word only its label has', async () => {
    const { bank } = await manager.ok<{ bank: { edges: Array<{ node: Node }> } }>(BANK, { search: 'Demeter' });
    expect(bank.edges.map(({ node }) => node.label)).toEqual(['Law of Demeter']);
  });

  it('keeps the label through an edit that sends it, changes it, and clears it, each revision keeping its own', async () => {
    const { createQuestion } = await manager.ok<{ createQuestion: Question }>(CREATE, {
      input: { label: '  Idempotency  ', prompt: 'How would you make a payment endpoint safe to retry?' },
    });
    expect(createQuestion).toMatchObject({ label: 'Idempotency', current: { label: 'Idempotency' } });

    const edit = async (version: number, label: string | null, prompt = 'How would you make a payment endpoint safe to retry twice?') =>
      (await manager.ok<{ updateQuestion: Question }>(UPDATE, { input: { id: createQuestion.id, version, content: { label, prompt } } }))
        .updateQuestion;
    const kept = await edit(createQuestion.version, 'Idempotency');
    expect(kept).toMatchObject({ label: 'Idempotency', current: { label: 'Idempotency' } });
    const renamed = await edit(kept.version, 'Idempotent payments');
    expect(renamed.label).toBe('Idempotent payments');
    const cleared = await edit(renamed.version, '  ');
    expect(cleared).toMatchObject({ label: null, current: { label: null } });
    expect(cleared.revisions).toEqual([
      { revision: 4, label: null },
      { revision: 3, label: 'Idempotent payments' },
      { revision: 2, label: 'Idempotency' },
      { revision: 1, label: 'Idempotency' },
    ]);
  });

  it('refuses a label longer than 200 characters, naming the field', async () => {
    const result = await manager.request(CREATE, { input: { label: 'x'.repeat(201), prompt: 'What does a long label look like?' } });
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'label' });
  });

  it('loads the labels of a whole page with the page itself, whatever its size', async () => {
    const statements = async (first: number, fields: string) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        await manager.ok(`query ($first: Int!) { bank(first: $first) { edges { node { ${fields} } } } }`, { first });
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const withLabels = await statements(3, 'id label');
    expect(await statements(1, 'id label')).toBe(withLabels);
    expect(await statements(3, 'id')).toBe(withLabels);
  });
});
