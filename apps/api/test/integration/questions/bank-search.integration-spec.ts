import { readFileSync } from 'node:fs';
import { BankImportsService } from '../../../src/bank-imports/bank-imports.service';
import { SEED_FILE } from '../../support/bank';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';
import { statementsOf } from '../../support/statements';

const BANK = `query ($search: String, $filter: QuestionFilterInput, $first: Int!, $after: String) {
  bank(search: $search, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor highlight { text match } node { id prompt type tags competencies hasLookFor hasRedFlags } }
  }
}`;

interface Page {
  bank: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      highlight: Array<{ text: string; match: boolean }>;
      node: { id: string; prompt: string; type: string; tags: string[] };
    }>;
  };
}

describe('bank search', () => {
  let t: TestApp;
  let org: TestOrganization;
  let interviewer: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'search');
    await t.app.get(BankImportsService).importFile(org.id, { fileName: 'seed.txt', content: readFileSync(SEED_FILE) });
    interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
  });
  afterAll(() => t.close());

  it('ranks full-text matches and marks them in the prompt', async () => {
    const { bank } = await interviewer.ok<Page>(BANK, { search: 'rate limiting', first: 5 });
    expect(bank.totalCount).toBeGreaterThan(0);
    expect(bank.edges[0].node.prompt).toMatch(/rate limit/i);
    const marked = bank.edges[0].highlight.filter((s) => s.match).map((s) => s.text.toLowerCase());
    expect(marked.some((text) => text.startsWith('rate') || text.startsWith('limit'))).toBe(true);
    expect(bank.edges[0].highlight.map((s) => s.text).join('')).toBe(bank.edges[0].node.prompt);
  });

  it('understands websearch syntax: phrases and exclusions', async () => {
    const all = await interviewer.ok<Page>(BANK, { search: 'database', first: 100 });
    const without = await interviewer.ok<Page>(BANK, { search: 'database -migration', first: 100 });
    expect(without.bank.totalCount).toBeLessThan(all.bank.totalCount);
    expect(without.bank.edges.every((e) => !/migrat/i.test(e.node.prompt))).toBe(true);
  });

  it('filters by type and by tag', async () => {
    const { bank } = await interviewer.ok<Page>(BANK, { filter: { types: ['BEHAVIOURAL'] }, first: 100 });
    expect(bank.totalCount).toBeGreaterThan(5);
    expect(bank.edges.every((e) => e.node.type === 'BEHAVIOURAL')).toBe(true);
    const java = await interviewer.ok<Page>(BANK, { filter: { tags: ['Java'] }, first: 100 });
    expect(java.bank.totalCount).toBeGreaterThan(0);
    expect(java.bank.edges.every((e) => e.node.tags.includes('Java'))).toBe(true);
  });

  it('counts each filter value under the other filters', async () => {
    const { bankFacets } = await interviewer.ok<{ bankFacets: Record<string, Array<{ value: string; count: number }>> }>(
      `query { bankFacets(filter: { types: [BEHAVIOURAL] }) { types { value count } tags { value count } hasRubric { value count } } }`,
    );
    const { bank } = await interviewer.ok<Page>(BANK, { first: 1 });
    // The type facet ignores the type filter, so every type stays selectable.
    expect(bankFacets.types.reduce((sum, f) => sum + f.count, 0)).toBe(bank.totalCount);
    const behavioural = await interviewer.ok<Page>(BANK, { filter: { types: ['BEHAVIOURAL'] }, first: 1 });
    expect(bankFacets.hasRubric.reduce((sum, f) => sum + f.count, 0)).toBe(behavioural.bank.totalCount);
  });

  it('pages with cursors without repeating or skipping a question', async () => {
    for (const search of [undefined, 'design']) {
      const seen: string[] = [];
      let after: string | null = null;
      let total: number;
      do {
        const page: Page = await interviewer.ok<Page>(BANK, { search, first: 20, after });
        total = page.bank.totalCount;
        seen.push(...page.bank.edges.map((e) => e.node.id));
        after = page.bank.pageInfo.hasNextPage ? page.bank.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(total);
    }
  });

  it('rejects a forged cursor and an oversized page, naming the argument', async () => {
    expect(errorOf(await interviewer.request(BANK, { first: 10, after: 'bm9wZQ' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await interviewer.request(BANK, { first: 1000 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it("never returns another organization's questions", async () => {
    const other = await createOrganization(t.db, 'empty');
    const stranger = await signedIn(t.client(), other.members.ADMIN);
    const { bank } = await stranger.ok<Page>(BANK, { search: 'database', first: 10 });
    expect(bank.totalCount).toBe(0);
    const { bank: mine } = await interviewer.ok<Page>(BANK, { first: 1 });
    const result = await stranger.request(`query ($id: ID!) { question(id: $id) { id } }`, { id: mine.edges[0].node.id });
    expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', field: 'id' });
  });

  it('loads a page of questions with their rubrics, revisions and sources in a constant number of statements', async () => {
    const nested = `query ($first: Int!) { bank(first: $first) { edges { node {
      id current { rubric { lookFor redFlags referenceAnswer } followUps } revisions { revision } sources { file item } } } } }`;
    const statements = async (first: number) => {
      const { statements: count, result } = await statementsOf(() => interviewer.ok<{ bank: { edges: unknown[] } }>(nested, { first }));
      expect(result.bank.edges).toHaveLength(first);
      return count;
    };
    const few = await statements(2);
    const many = await statements(60);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(7);
  });
});
