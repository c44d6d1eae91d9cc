import { readFileSync } from 'node:fs';
import { BankImportsService } from '../../../src/bank-imports/bank-imports.service';
import { COMMIT, importKeepingAll, previewFile, PREVIEW, SEED_FILE, seedBase64, type Preview } from '../../support/bank';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

describe('bank import', () => {
  let t: TestApp;
  let org: TestOrganization;
  let manager: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'bank');
    manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
  });
  afterAll(() => t.close());

  const counts = async (organizationId: string) => {
    const [row] = await t.db.query<Array<Record<string, number>>>(
      `SELECT (SELECT count(*)::int FROM questions WHERE organization_id = $1) AS questions,
              (SELECT count(*)::int FROM question_revisions WHERE organization_id = $1) AS revisions,
              (SELECT count(*)::int FROM question_sources WHERE organization_id = $1) AS sources`,
      [organizationId],
    );
    return row;
  };

  it('previews the seed without writing a question, then commits it in one go; the second import changes nothing', async () => {
    const { previewBankImport: preview } = await manager.ok<{ previewBankImport: Preview }>(PREVIEW, {
      input: { fileName: 'backend-developer-questions.txt', contentBase64: seedBase64() },
    });
    expect(preview.status).toBe('PREVIEW');
    expect(preview.summary.items).toBe(179);
    expect(preview.summary.skipped).toBeGreaterThanOrEqual(0);
    expect(preview.summary.new + preview.summary.possibleDuplicates).toBe(preview.items.length);
    expect(preview.summary.possibleDuplicates).toBeGreaterThan(0);
    expect(await counts(org.id)).toEqual({ questions: 0, revisions: 0, sources: 0 });

    // Items 20 and 122 are the same question: one draft that remembers both.
    const merged = preview.items.find((item) => item.sources.map((s) => s.item).join() === '20,122');
    expect(merged?.reason).toMatch(/exact duplicates/);

    const decisions = preview.items.filter((i) => i.outcome === 'POSSIBLE_DUPLICATE').map((i) => ({ index: i.index, action: 'KEEP_BOTH' }));
    const { commitBankImport } = await manager.ok<{ commitBankImport: { status: string; result: Record<string, number> } }>(COMMIT, {
      input: { id: preview.id, decisions },
    });
    expect(commitBankImport.status).toBe('COMMITTED');
    expect(commitBankImport.result.created).toBe(preview.items.length);
    const afterFirst = await counts(org.id);
    // Every numbered item becomes a source; the skipped blocks (page header, ads) were never items.
    expect(afterFirst).toEqual({ questions: preview.items.length, revisions: preview.items.length, sources: 179 });

    const again = await importKeepingAll(manager, 'backend-developer-questions.txt', readFileSync(SEED_FILE));
    expect(again.preview.alreadyImported).toBe(true);
    expect(again.preview.summary).toMatchObject({ new: 0, possibleDuplicates: 0, unchanged: preview.items.length });
    expect(again.result).toEqual({ created: 0, merged: 0, sourcesAdded: 0, unchanged: preview.items.length });
    expect(await counts(org.id)).toEqual(afterFirst);
  });

  it('refuses a commit that leaves a possible duplicate undecided, writing nothing', async () => {
    const fresh = await createOrganization(t.db, 'undecided');
    const admin = await signedIn(t.client(), fresh.members.ADMIN);
    const { data } = await previewFile(admin, 'seed.txt', readFileSync(SEED_FILE));
    const result = await admin.request(COMMIT, { input: { id: data?.previewBankImport.id, decisions: [] } });
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'decisions' });
    expect(result.errors?.[0].message).toMatch(/still open/);
    expect(await counts(fresh.id)).toEqual({ questions: 0, revisions: 0, sources: 0 });
    const [{ status }] = await t.db.query(`SELECT status FROM bank_imports WHERE id = $1`, [data?.previewBankImport.id]);
    expect(status).toBe('PREVIEW');
  });

  it('merges a possible duplicate into the similar question when a person says so', async () => {
    const fresh = await createOrganization(t.db, 'merge');
    const admin = await signedIn(t.client(), fresh.members.ADMIN);
    const file = [
      '# Reliability',
      '- How would you design rate limiting for a public API?',
      '- How would you implement rate limiting for a public REST API?',
      '- What is a circuit breaker?',
    ].join('\n');
    const { data } = await previewFile(admin, 'reliability.md', file);
    const preview = data!.previewBankImport;
    const duplicate = preview.items.find((item) => item.outcome === 'POSSIBLE_DUPLICATE');
    expect(duplicate?.similar[0]).toMatchObject({ draftIndex: 0, questionId: null });
    const { commitBankImport } = await admin.ok<{ commitBankImport: { result: Record<string, number> } }>(COMMIT, {
      input: { id: preview.id, decisions: [{ index: duplicate!.index, action: 'MERGE' }] },
    });
    expect(commitBankImport.result).toMatchObject({ created: 2, merged: 1 });
    const [{ sources }] = await t.db.query(
      `SELECT count(*)::int AS sources FROM question_sources s JOIN questions q ON q.id = s.question_id
        WHERE q.organization_id = $1 AND q.prompt LIKE 'How would you design rate limiting%'`,
      [fresh.id],
    );
    expect(sources).toBe(2);
  });

  it('commits a preview only once', async () => {
    const fresh = await createOrganization(t.db, 'once');
    const admin = await signedIn(t.client(), fresh.members.ADMIN);
    const { data } = await previewFile(admin, 'one.md', '- What is an index in a relational database?');
    const id = data!.previewBankImport.id;
    await admin.ok(COMMIT, { input: { id, decisions: [] } });
    expect(errorOf(await admin.request(COMMIT, { input: { id, decisions: [] } }))).toEqual({ code: 'CONFLICT', field: 'id' });
  });

  it.each([
    ['an empty file', 'empty.md', Buffer.alloc(0), /empty/i],
    [
      'a binary file',
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
      /not a text file/i,
    ],
    ['CSV without a prompt column', 'bank.csv', Buffer.from('topic,answer\nREST,An architectural style\n'), /column/i],
    ['a file in the wrong encoding', 'latin1.md', Buffer.from('# Fragen\n- Was ist ein Caf\xe9-Index?\n', 'latin1'), /UTF-8.*line 2/],
    ['malformed JSON', 'bank.json', Buffer.from('{"format": "panelist.bank", "version": 1, "questions": [ { "prompt": "x" ,, ] }'), /JSON/],
  ])('rejects %s naming the file and the reason, writing nothing', async (_label, fileName, content, reason) => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM bank_imports WHERE organization_id = $1`, [org.id]);
    const result = await previewFile(manager, fileName, content);
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(result.errors?.[0].message).toMatch(reason);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM bank_imports WHERE organization_id = $1`, [org.id])).toEqual(before);
  });

  it('rejects content that is not base64, naming the field', async () => {
    const result = await manager.request(PREVIEW, { input: { fileName: 'x.md', contentBase64: 'not base64 at all!' } });
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
  });

  it('lets only admins and hiring managers import', async () => {
    for (const role of ['RECRUITER', 'INTERVIEWER'] as const) {
      const client = await signedIn(t.client(), org.members[role]);
      expect(errorOf(await previewFile(client, 'x.md', '- What is REST?')).code).toBe('FORBIDDEN');
    }
  });

  it("never shows another organization's import", async () => {
    const { data } = await previewFile(manager, 'mine.md', '- What is a foreign key?');
    const other = await createOrganization(t.db, 'nosy');
    const nosy = await signedIn(t.client(), other.members.ADMIN);
    const id = data!.previewBankImport.id;
    expect(errorOf(await nosy.request(`query ($id: ID!) { bankImport(id: $id) { id } }`, { id })).code).toBe('NOT_FOUND');
    expect(errorOf(await nosy.request(COMMIT, { input: { id, decisions: [] } })).code).toBe('NOT_FOUND');
  });

  it('imports non-interactively (CLI, first start) idempotently, listing possible duplicates on bank health', async () => {
    const fresh = await createOrganization(t.db, 'cli');
    const service = t.app.get(BankImportsService);
    const file = { fileName: 'backend-developer-questions.txt', content: readFileSync(SEED_FILE) };
    const first = await service.importFile(fresh.id, file);
    expect(first.result?.created).toBeGreaterThan(150);
    const afterFirst = await counts(fresh.id);
    const second = await service.importFile(fresh.id, file);
    expect(second.result).toMatchObject({ created: 0, sourcesAdded: 0 });
    expect(await counts(fresh.id)).toEqual(afterFirst);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM question_duplicate_suggestions WHERE organization_id = $1`, [
      fresh.id,
    ]);
    expect(n).toBeGreaterThan(0);
    const dry = await service.importFile(
      fresh.id,
      { fileName: 'extra.md', content: Buffer.from('- Brand new question about sharding keys?') },
      { dryRun: true },
    );
    expect(dry.plan.summary.new).toBe(1);
    expect(await counts(fresh.id)).toEqual(afterFirst);
  });
});
