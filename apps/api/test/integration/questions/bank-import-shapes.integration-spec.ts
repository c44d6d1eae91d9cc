import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOrganization, signedIn } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const CORPUS = join(__dirname, '..', '..', '..', '..', '..', 'libs', 'question-bank', 'src', '__fixtures__', 'corpus');

const PREVIEW = `mutation ($input: PreviewBankImportInput!) {
  previewBankImport(input: $input) {
    id status
    summary { items skipped }
    items { index prompt outcome }
    skipped { reason excerpt source { line } }
    report {
      detectedShape interpretation candidateBlocks questions lowYield
      shapes { shape questions firstLine }
      seen { headings listItems paragraphs tableRows }
    }
  }
}`;

const COMMIT = `mutation ($input: CommitBankImportInput!) {
  commitBankImport(input: $input) { id status result { created } }
}`;

interface Report {
  detectedShape: string | null;
  interpretation: string;
  candidateBlocks: number;
  questions: number;
  lowYield: boolean;
  shapes: Array<{ shape: string; questions: number; firstLine: number }>;
  seen: { headings: number; listItems: number; paragraphs: number; tableRows: number };
}

interface Preview {
  id: string;
  status: string;
  summary: { items: number; skipped: number };
  items: Array<{ index: number; prompt: string; outcome: string }>;
  skipped: Array<{ reason: string; excerpt: string; source: { line: number | null } }>;
  report: Report | null;
}

/** Ten headings that each ask a question, with an answer paragraph and no list at all. */
const HEADING_BANK = [
  '# Back end',
  '',
  ...Array.from({ length: 10 }, (_, i) => [
    `### How would you design service number ${i + 1} for scale?`,
    '',
    `An answer about service ${i + 1}.`,
    '',
  ]).flat(),
].join('\n');

describe('bank import: the preview tells the truth about the file', () => {
  let t: TestApp;
  let editor: GraphQLTestClient;
  let organizationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganization(t.db, 'shapes');
    organizationId = org.id;
    editor = await signedIn(t.client(), org.members.HIRING_MANAGER);
  });
  afterAll(() => t.close());

  const preview = async (fileName: string, content: string | Buffer, interpretation?: string) =>
    (
      await editor.ok<{ previewBankImport: Preview }>(PREVIEW, {
        input: { fileName, contentBase64: Buffer.from(content).toString('base64'), ...(interpretation ? { interpretation } : {}) },
      })
    ).previewBankImport;

  const questionCount = async () =>
    (await t.db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM questions WHERE organization_id = $1`, [organizationId]))[0].n;

  it('reports the detected shape, where it starts, the blocks seen and the skipped navigation with reasons', async () => {
    const result = await preview('titled-headings.md', readFileSync(join(CORPUS, 'titled-headings.md')));
    expect(result.report).toMatchObject({ detectedShape: 'TITLED_HEADING', interpretation: 'AUTO', lowYield: false });
    expect(result.report?.questions).toBe(result.summary.items);
    expect(result.report?.shapes[0]).toMatchObject({ shape: 'TITLED_HEADING', questions: result.report?.questions });
    expect(result.report?.shapes[0].firstLine).toBeGreaterThan(0);
    expect(result.report?.seen.headings).toBeGreaterThan(0);
    expect(result.skipped.length).toBe(result.summary.skipped);
    expect(result.skipped.every((entry) => entry.reason.length > 0)).toBe(true);
  });

  it('has no shape report for a CSV file', async () => {
    const result = await preview('bank.csv', 'prompt\nWhat is a mutex?\n');
    expect(result.report).toBeNull();
    expect(result.summary.items).toBe(1);
  });

  it('warns of a low yield, refuses to commit it unconfirmed, and commits what the chosen interpretation previewed', async () => {
    const low = await preview('heading-bank.md', HEADING_BANK, 'LIST_ITEMS');
    expect(low.report).toMatchObject({ interpretation: 'LIST_ITEMS', lowYield: true, questions: 0, candidateBlocks: 10 });

    const refused = await editor.request(COMMIT, { input: { id: low.id, decisions: [] } });
    expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'confirmLowYield' });
    expect(refused.errors?.[0].message).toMatch(/0 questions from 10 blocks/);
    const [{ status }] = await t.db.query(`SELECT status FROM bank_imports WHERE id = $1`, [low.id]);
    expect(status).toBe('PREVIEW');

    const byHeadings = await preview('heading-bank.md', HEADING_BANK, 'HEADINGS');
    expect(byHeadings.report).toMatchObject({ interpretation: 'HEADINGS', lowYield: false, questions: 10, detectedShape: 'HEADING' });
    expect(byHeadings.items.map((item) => item.prompt)).toContain('How would you design service number 3 for scale?');

    const committed = await editor.ok<{ commitBankImport: { status: string; result: { created: number } } }>(COMMIT, {
      input: { id: byHeadings.id, decisions: [] },
    });
    expect(committed.commitBankImport).toMatchObject({ status: 'COMMITTED', result: { created: 10 } });
    expect(await questionCount()).toBe(10);
  });

  it('commits a low-yield preview when the person confirms it', async () => {
    const low = await preview('one-list.md', `${HEADING_BANK}\n\n- What is a deadlock?\n`, 'LIST_ITEMS');
    expect(low.report).toMatchObject({ lowYield: true, questions: 1 });
    const committed = await editor.ok<{ commitBankImport: { result: { created: number } } }>(COMMIT, {
      input: { id: low.id, decisions: [], confirmLowYield: true },
    });
    expect(committed.commitBankImport.result.created).toBe(1);
  });

  it('refuses an interpretation it does not know, naming the field', async () => {
    const result = await editor.request(PREVIEW, {
      input: { fileName: 'x.md', contentBase64: Buffer.from('- What?').toString('base64'), interpretation: 'PARAGRAPHS' },
    });
    expect(result.errors?.[0].message).toMatch(/interpretation|PARAGRAPHS/);
  });
});
