import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { parseBank } from '@panelist/question-bank';
import { BankImportsService } from '../../../src/bank-imports/bank-imports.service';
import { SEED_FILE } from '../../support/bank';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';
import { run } from '../first-run/processes';

const EXPORT = `query ($format: BankExportFormat!, $after: String, $first: Int) {
  bankExport(format: $format, after: $after, first: $first) { chunk exported total nextCursor fileName mediaType }
}`;

interface Page {
  chunk: string;
  exported: number;
  total: number;
  nextCursor: string | null;
  fileName: string;
  mediaType: string;
}

const SEED_QUESTIONS = 174;

async function exportAll(client: GraphQLTestClient, format: string, first = 50): Promise<{ text: string; pages: Page[] }> {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const { bankExport }: { bankExport: Page } = await client.ok<{ bankExport: Page }>(EXPORT, { format, after, first });
    pages.push(bankExport);
    after = bankExport.nextCursor;
  } while (after);
  return { text: pages.map((page) => page.chunk).join(''), pages };
}

// The CLI case starts a real process that compiles the API's TypeScript as it loads.
jest.setTimeout(120_000);

describe('bank export', () => {
  let t: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  let recruiter: GraphQLTestClient;
  let seedPrompts: string[];

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'export');
    other = await createOrganization(t.db, 'export-other');
    const imports = t.app.get(BankImportsService);
    await imports.importFile(org.id, { fileName: 'seed.txt', content: readFileSync(SEED_FILE) });
    await imports.importFile(other.id, { fileName: 'other.md', content: Buffer.from('- What is a tombstone in Cassandra?\n') });
    recruiter = await signedIn(t.client(), org.members.RECRUITER);
    seedPrompts = parseBank(readFileSync(SEED_FILE), { fileName: 'seed.txt', nearDuplicates: false })
      .drafts.map((d) => d.prompt)
      .sort();
  });
  afterAll(() => t.close());

  it('exports Panelist JSON in pages that re-import as the same questions, unchanged', async () => {
    const { text, pages } = await exportAll(recruiter, 'JSON');
    expect(pages).toHaveLength(Math.ceil(SEED_QUESTIONS / 50));
    expect(pages.map((p) => p.exported)).toEqual([50, 100, 150, 174]);
    expect(pages.every((p) => p.total === SEED_QUESTIONS && p.fileName === 'bank.json' && p.mediaType === 'application/json')).toBe(true);
    const drafts = parseBank(text, { fileName: 'bank.json', nearDuplicates: false }).drafts;
    expect(drafts.map((d) => d.prompt).sort()).toEqual(seedPrompts);
    const { plan } = await t.app
      .get(BankImportsService)
      .importFile(org.id, { fileName: 'bank.json', content: Buffer.from(text) }, { dryRun: true });
    expect(plan.summary).toMatchObject({ new: 0, unchanged: SEED_QUESTIONS });
  });

  it.each(['CSV', 'MARKDOWN'])('exports %s that the importer reads back to the same questions', async (format) => {
    const { text } = await exportAll(recruiter, format, 200);
    const fileName = format === 'CSV' ? 'bank.csv' : 'bank.md';
    const parsed = parseBank(text, { fileName, nearDuplicates: false });
    expect(parsed.drafts.map((d) => d.prompt).sort()).toEqual(seedPrompts);
    const { plan } = await t.app.get(BankImportsService).importFile(org.id, { fileName, content: Buffer.from(text) }, { dryRun: true });
    expect(plan.summary.new).toBe(0);
  });

  it("never shows another organization's bank", async () => {
    const admin = await signedIn(t.client(), other.members.ADMIN);
    const { text, pages } = await exportAll(admin, 'MARKDOWN');
    expect(pages[0].total).toBe(1);
    expect(text).toContain('Q: What is a tombstone in Cassandra?');
    expect(text).not.toContain(seedPrompts[0]);
    // A cursor from the other organization's export selects only within the caller's own bank.
    const { bankExport } = await recruiter.ok<{ bankExport: Page }>(EXPORT, { format: 'CSV', first: 1 });
    const mine = await admin.ok<{ bankExport: Page }>(EXPORT, { format: 'CSV', after: bankExport.nextCursor, first: 200 });
    expect(mine.bankExport.chunk).not.toContain(seedPrompts[1]);
  });

  it('is for admins, hiring managers and recruiters; interviewers and strangers may not export', async () => {
    for (const role of ['ADMIN', 'HIRING_MANAGER'] as const) {
      const client = await signedIn(t.client(), org.members[role]);
      expect((await client.ok<{ bankExport: Page }>(EXPORT, { format: 'CSV', first: 1 })).bankExport.total).toBe(SEED_QUESTIONS);
    }
    const interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
    expect(errorOf(await interviewer.request(EXPORT, { format: 'CSV' }))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await t.client().request(EXPORT, { format: 'CSV' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a page larger than 200 and a cursor it did not give out, naming the argument', async () => {
    expect(errorOf(await recruiter.request(EXPORT, { format: 'CSV', first: 201 }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await recruiter.request(EXPORT, { format: 'CSV', after: 'not-a-cursor' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('runs the same statements for a page of 5 and a page of 200', async () => {
    const statements = async (format: string, first: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        await recruiter.ok(EXPORT, { format, first });
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    for (const format of ['JSON', 'MARKDOWN']) {
      const few = await statements(format, 5);
      expect(await statements(format, 200)).toBe(few);
      expect(few).toBeLessThanOrEqual(5);
    }
  });

  it('npm run bank -- export writes the file, or the bank to stdout, and asks for --org when there are several', async () => {
    const env = { DATABASE_URL: process.env.INTEGRATION_DATABASE_URL ?? '' };
    const dir = mkdtempSync(join(tmpdir(), 'bank-export-'));
    try {
      const out = join(dir, 'bank.md');
      const written = await run(['tools/bank.mjs', 'export', '--org', org.slug, '--format', 'md', '--out', out], env);
      expect(written.stderr).toContain(`exported ${SEED_QUESTIONS} questions`);
      expect(written.code).toBe(0);
      const drafts = parseBank(readFileSync(out), { fileName: 'bank.md', nearDuplicates: false }).drafts;
      expect(drafts.map((d) => d.prompt).sort()).toEqual(seedPrompts);
      // The import command starts too (its modules need no job queue) and reads the export back.
      const reread = await run(['tools/bank.mjs', 'import', out, '--org', org.slug, '--dry-run'], env);
      expect(reread.code).toBe(0);
      expect(`${reread.stdout}${reread.stderr}`).toMatch(/0 new/);

      const printed = await run(['tools/bank.mjs', 'export', '--org', other.slug, '--format', 'csv'], env);
      expect(printed.code).toBe(0);
      expect(parseBank(printed.stdout, { fileName: 'bank.csv' }).drafts.map((d) => d.prompt)).toEqual([
        'What is a tombstone in Cassandra?',
      ]);

      const unnamed = await run(['tools/bank.mjs', 'export'], env);
      expect(unnamed.code).toBe(1);
      expect(unnamed.stderr).toMatch(/--org <slug>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
