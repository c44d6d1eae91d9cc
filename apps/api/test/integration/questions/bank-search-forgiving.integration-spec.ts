import { readFileSync } from 'node:fs';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { BankImportsService } from '../../../src/bank-imports/bank-imports.service';
import { SEED_FILE } from '../../support/bank';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const BANK = `query ($search: String, $first: Int!) {
  bank(search: $search, first: $first) { totalCount didYouMean edges { node { id prompt } } }
}`;

interface Page {
  bank: { totalCount: number; didYouMean: string | null; edges: Array<{ node: { id: string; prompt: string } }> };
}

const EXTRA = ['# Reliability', '- What makes an idempotency key safe to retry?', '- How would you version a public REST API?'].join('\n');

describe('bank search forgives', () => {
  let t: TestApp;
  let org: TestOrganization;
  let interviewer: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'forgiving');
    const imports = t.app.get(BankImportsService);
    await imports.importFile(org.id, { fileName: 'seed.txt', content: readFileSync(SEED_FILE) });
    await imports.importFile(org.id, { fileName: 'extra.md', content: Buffer.from(EXTRA) });
    interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
  });
  afterAll(() => t.close());

  const search = async (text: string, client = interviewer) => (await client.ok<Page>(BANK, { search: text, first: 10 })).bank;

  it('finds the SQL/NoSQL questions for "SQL vs NoSQL": a word no question has does not empty the result', async () => {
    const bank = await search('SQL vs NoSQL');
    expect(bank.totalCount).toBeGreaterThan(0);
    expect(bank.edges[0].node.prompt).toMatch(/SQL and NoSQL/);
    // Only questions about both: the unknown word was dropped, the others still all required.
    expect(bank.edges.every((edge) => /nosql/i.test(edge.node.prompt) && /\bsql\b/i.test(edge.node.prompt))).toBe(true);
    expect(bank.didYouMean).toBeNull();
  });

  it('falls back to any of the words, best matches first, when no question has them all', async () => {
    const bank = await search('NoSQL idempotency');
    expect(bank.totalCount).toBeGreaterThanOrEqual(2);
    const prompts = bank.edges.map((edge) => edge.node.prompt).join('\n');
    expect(prompts).toMatch(/NoSQL/);
    expect(prompts).toMatch(/idempotency key/);
  });

  it('keeps websearch syntax as written', async () => {
    const bank = await search('"NoSQL" -integrity');
    expect(bank.totalCount).toBeGreaterThan(0);
    expect(bank.edges.every((edge) => !/integrity/i.test(edge.node.prompt))).toBe(true);
  });

  it('offers "Did you mean idempotency?" for "idempotncy", and that search finds the question', async () => {
    const misspelt = await search('idempotncy');
    expect(misspelt.totalCount).toBe(0);
    expect(misspelt.didYouMean).toBe('idempotency');
    const corrected = await search(misspelt.didYouMean ?? '');
    expect(corrected.edges.map((edge) => edge.node.prompt)).toContain('What makes an idempotency key safe to retry?');
    expect(corrected.didYouMean).toBeNull();
  });

  it('corrects only the misspelt word of several, keeping the others as typed', async () => {
    const bank = await search('idempotncy key');
    expect(bank.didYouMean).toBe('idempotency key');
  });

  it("never suggests another organization's words", async () => {
    const other = await createOrganization(t.db, 'other-words');
    await t.app
      .get(BankImportsService)
      .importFile(other.id, { fileName: 'other.md', content: Buffer.from('# Ops\n- How do you tune zookeeper ensembles?\n') });
    const stranger = await signedIn(t.client(), other.members.INTERVIEWER);
    // The stranger's bank has no "idempotency": nothing to suggest, though ours has it.
    expect((await search('idempotncy', stranger)).didYouMean).toBeNull();
    // Ours has no "zookeeper": we are not offered theirs.
    expect((await search('zookeper')).didYouMean).toBeNull();
    expect((await search('zookeper', stranger)).didYouMean).toBe('zookeeper');
  });

  it('keeps the vocabulary current when a question is edited or removed', async () => {
    const fresh = await createOrganization(t.db, 'vocabulary');
    await t.app
      .get(BankImportsService)
      .importFile(fresh.id, { fileName: 'v.md', content: Buffer.from('# A\n- Explain memoization.\n- When is memoization harmful?\n') });
    const words = async () =>
      (
        await t.db.query<Array<{ word: string; documents: number }>>(
          `SELECT word, documents FROM question_words WHERE organization_id = $1 AND word IN ('memoization', 'harmful', 'helpful') ORDER BY word`,
          [fresh.id],
        )
      ).map((row) => `${row.word}:${row.documents}`);
    expect(await words()).toEqual(['harmful:1', 'memoization:2']);
    await t.db.query(
      `UPDATE questions SET prompt = 'When is memoization helpful?' WHERE organization_id = $1 AND prompt LIKE '%harmful%'`,
      [fresh.id],
    );
    expect(await words()).toEqual(['helpful:1', 'memoization:2']);
    await t.db.query(`DELETE FROM questions WHERE organization_id = $1 AND prompt LIKE '%helpful%'`, [fresh.id]);
    expect(await words()).toEqual(['memoization:1']);
  });

  it('keeps the vocabulary exact after a bulk import of several batches', async () => {
    const bulk = await createOrganization(t.db, 'bulk-vocabulary');
    // The writer's bulk path: three batches of up to 1,000, each INSERT statement under the vocabulary trigger.
    const lines = Array.from(
      { length: 2500 },
      (_, i) => `- How would you shard tenant ${i + 1} across regions ${i % 7 === 0 ? 'with quorum reads' : ''}?`,
    );
    const imports = t.app.get(BankImportsService);
    const { result } = await imports.importFile(bulk.id, { fileName: 'bulk.md', content: Buffer.from(`# Scale\n${lines.join('\n')}\n`) });
    expect(result?.created).toBe(2500);
    // Every word with the number of questions that use it, and nothing else: as the trigger keeps it for edits.
    const [{ missing, extra }] = await t.db.query<Array<{ missing: number; extra: number }>>(
      `WITH expected AS (
         SELECT w AS word, count(*)::int AS documents FROM questions q, question_words_of(q.prompt, q.tags, q.competencies) AS w
          WHERE q.organization_id = $1 GROUP BY w
       ), stored AS (SELECT word, documents FROM question_words WHERE organization_id = $1)
       SELECT (SELECT count(*)::int FROM (SELECT * FROM expected EXCEPT SELECT * FROM stored) AS m) AS missing,
              (SELECT count(*)::int FROM (SELECT * FROM stored EXCEPT SELECT * FROM expected) AS e) AS extra`,
      [bulk.id],
    );
    expect({ missing, extra }).toEqual({ missing: 0, extra: 0 });
    const [{ documents }] = await t.db.query<Array<{ documents: number }>>(
      `SELECT documents FROM question_words WHERE organization_id = $1 AND word = 'quorum'`,
      [bulk.id],
    );
    expect(documents).toBe(358); // items 1, 8, 15, … 2500
    const stranger = await signedIn(t.client(), bulk.members.INTERVIEWER);
    expect((await search('quorom', stranger)).didYouMean).toBe('quorum');
    // A later import of one question counts its words at once.
    await imports.importFile(bulk.id, { fileName: 'one.md', content: Buffer.from('# More\n- What does a quorum protect against?\n') });
    const [{ after }] = await t.db.query<Array<{ after: number }>>(
      `SELECT documents AS after FROM question_words WHERE organization_id = $1 AND word = 'quorum'`,
      [bulk.id],
    );
    expect(after).toBe(359);
  });

  it('searches in the same number of statements as before: the page, and the count with the suggestion', async () => {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await search('idempotncy key');
      const statements = spy.mock.calls.map(([text]) => String(text)).filter((text) => /FROM questions/.test(text));
      expect(statements).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
  });
});
