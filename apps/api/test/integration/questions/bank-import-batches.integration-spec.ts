import { readFileSync } from 'node:fs';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { BankImportsService } from '../../../src/bank-imports/bank-imports.service';
import { SEED_FILE } from '../../support/bank';
import { createOrganization } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/test-app';

/** A Markdown bank of `count` distinct questions: one INSERT statement per 1,000 of them. */
const bigBank = (count: number) =>
  Buffer.from(
    `# Scale\n${Array.from({ length: count }, (_, i) => `- How would you partition tenant ${i + 1} across regions and zones?`).join('\n')}\n`,
  );

describe('bank import in batches', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const everything = async (organizationId: string) => {
    const [row] = await t.db.query<Array<Record<string, number>>>(
      `SELECT (SELECT count(*)::int FROM questions WHERE organization_id = $1) AS questions,
              (SELECT count(*)::int FROM question_revisions WHERE organization_id = $1) AS revisions,
              (SELECT count(*)::int FROM question_sources WHERE organization_id = $1) AS sources,
              (SELECT count(*)::int FROM question_words WHERE organization_id = $1) AS words,
              (SELECT count(*)::int FROM bank_imports WHERE organization_id = $1) AS imports,
              (SELECT count(*)::int FROM audit_events WHERE organization_id = $1 AND action = 'bank.imported') AS audited`,
      [organizationId],
    );
    return row;
  };

  type Query = (...args: unknown[]) => unknown;
  /** pg's Client.query, where TypeORM hands a statement to pg, spied on while `run` runs. */
  async function watchingPg<T>(onQuery: (args: unknown[], result: unknown) => unknown[] | void, run: () => Promise<T>): Promise<T> {
    const { Client } = (t.db.driver as PostgresDriver).postgres as { Client: { prototype: { query: Query } } };
    const query = Client.prototype.query;
    const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: unknown, ...args: unknown[]) {
      const replaced = onQuery(args, undefined);
      const result = query.apply(this, replaced ?? args);
      onQuery(replaced ?? args, result);
      return result;
    });
    try {
      return await run();
    } finally {
      spy.mockRestore();
    }
  }
  const isInsert = (args: unknown[]) => /INSERT INTO questions/.test(String(args[0]));

  it('writes nothing at all when a later statement of the import fails, and imports the file afterwards', async () => {
    const org = await createOrganization(t.db, 'all-or-nothing');
    const imports = t.app.get(BankImportsService);
    let inserts = 0;
    // The second statement carries a question type PostgreSQL refuses; the first has inserted its questions by then.
    const failing = watchingPg(
      (args, result) => {
        if (result !== undefined || !isInsert(args) || ++inserts !== 2) return;
        const values = (args[1] as unknown[]).map((value) =>
          typeof value === 'string' && value.startsWith('[{') ? value.replaceAll('"type":"', '"type":"broken-') : value,
        );
        return [args[0], values, ...args.slice(2)];
      },
      () => imports.importFile(org.id, { fileName: 'big.md', content: bigBank(6500) }),
    );
    await expect(failing).rejects.toThrow(/question_type/);
    expect(inserts).toBe(2);
    expect(await everything(org.id)).toEqual({ questions: 0, revisions: 0, sources: 0, words: 0, imports: 0, audited: 0 });

    const { result } = await imports.importFile(org.id, { fileName: 'big.md', content: bigBank(6500) });
    expect(result).toEqual({ created: 6500, merged: 0, sourcesAdded: 6500, unchanged: 0 });
    expect(await everything(org.id)).toMatchObject({ questions: 6500, revisions: 6500, sources: 6500, imports: 1, audited: 1 });
  });

  it('keeps PostgreSQL busy: Node builds each statement while PostgreSQL runs the one before, one at a time', async () => {
    const org = await createOrganization(t.db, 'pipelined');
    const events: string[] = [];
    // Node builds a statement's rows as one JSON array of questions with their sources.
    const stringify = JSON.stringify as (...args: unknown[]) => string;
    const building = jest.spyOn(JSON, 'stringify').mockImplementation(((value: unknown, ...rest: unknown[]) => {
      if (Array.isArray(value) && typeof value[0] === 'object' && value[0] !== null && 'sources' in value[0] && 'fingerprint' in value[0]) {
        events.push(`build ${value.length}`);
      }
      return stringify(value, ...rest);
    }) as typeof JSON.stringify);
    const warnings: string[] = [];
    const warned = (warning: Error) => warnings.push(warning.message);
    process.on('warning', warned);
    let sent = 0;
    try {
      const { result } = await watchingPg(
        (args, result) => {
          if (!isInsert(args) || result === undefined) return;
          const n = ++sent;
          events.push(`send ${n}`);
          void (result as Promise<unknown>).then(() => events.push(`done ${n}`));
        },
        () => t.app.get(BankImportsService).importFile(org.id, { fileName: 'big.md', content: bigBank(6500) }),
      );
      expect(result?.created).toBe(6500);
    } finally {
      building.mockRestore();
      process.off('warning', warned);
    }
    // The second statement is the big one: PostgreSQL runs it while Node looks for near duplicates.
    expect(events).toEqual([
      'build 1000',
      'send 1',
      'build 3000',
      'done 1',
      'send 2',
      'build 1000',
      'done 2',
      'send 3',
      'build 1000',
      'done 3',
      'send 4',
      'build 500',
      'done 4',
      'send 5',
      'done 5',
    ]);
    // pg would queue a statement sent while another runs, a use it deprecates.
    expect(warnings.filter((message) => /already executing a query/.test(message))).toEqual([]);
  });

  it('records the plan with the possible duplicates it found while the questions were inserted', async () => {
    const org = await createOrganization(t.db, 'plan-recorded');
    const { plan, result } = await t.app
      .get(BankImportsService)
      .importFile(org.id, { fileName: 'seed.txt', content: readFileSync(SEED_FILE) });
    expect(plan.summary.possibleDuplicates).toBeGreaterThan(0);
    expect(result?.created).toBe(plan.summary.new + plan.summary.possibleDuplicates);
    const [row] = await t.db.query<Array<{ plan: { plan: { summary: unknown; items: unknown[] } }; result: unknown }>>(
      `SELECT plan, result FROM bank_imports WHERE organization_id = $1`,
      [org.id],
    );
    expect(row.plan.plan.summary).toEqual(plan.summary);
    expect(row.plan.plan.items).toEqual([]);
    expect(row.result).toEqual(result);
    const [{ pairs }] = await t.db.query<Array<{ pairs: number }>>(
      `SELECT count(*)::int AS pairs FROM question_duplicate_suggestions WHERE organization_id = $1`,
      [org.id],
    );
    expect(pairs).toBeGreaterThanOrEqual(plan.summary.possibleDuplicates);
  });
});
