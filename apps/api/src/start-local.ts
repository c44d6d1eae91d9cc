import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createDataSource, migrateUnderLock, seedDemoHiring, seedDemoOrganization } from '@panelist/db';
import { organizationBySlug } from './bank-imports/bank-imports.repository';
import { BankImportsService } from './bank-imports/bank-imports.service';
import { bootstrap, exitOnFailedStart } from './main';

// npm start's API process (tools/start.mjs): the migrations, the demo data when it is on, then the API,
// all in this one process. They used to be four processes, each compiling the TypeScript again.
// PANELIST_START_DEMO=1 adds the demo organization, the seed bank (PANELIST_SEED_BANK) and the demo job;
// tools/start.mjs decides that (tools/lib/demo-data.cjs: never in production).

const log = (line: string) => console.log(`db: ${line}`);

/** Before the app's modules load: some of them read their tables as they start. */
async function migrateAndSeedOrganization(url: string, demo: boolean): Promise<void> {
  // Migrations may run long on a big database: no statement timeout here (as in db/cli.ts).
  const dataSource = createDataSource(url, { statementTimeoutMs: 0, poolSize: 2 });
  await dataSource.initialize();
  try {
    const applied = await migrateUnderLock(dataSource);
    if (applied > 0) log(`${applied} migration(s) applied`);
    if (demo && (await seedDemoOrganization(dataSource)).created) log('demo organization created');
  } finally {
    await dataSource.destroy();
  }
}

/** The seed bank through the import service (as `npm run bank -- import --if-empty`), then the demo job built on it. */
async function seedBankAndDemoJob(app: INestApplication, seedBank: string): Promise<void> {
  const db = app.get<DataSource>(getDataSourceToken());
  const organization = await organizationBySlug(db, 'demo');
  if (organization && organization.questions === 0) {
    const file = { fileName: basename(seedBank), content: readFileSync(seedBank) };
    const { result } = await app.get(BankImportsService).importFile(organization.id, file, { dryRun: false });
    log(`seed bank imported into ${organization.name}: ${result?.created ?? 0} questions`);
  }
  if ((await seedDemoHiring(db)).created) log('demo job, candidates and interviews created');
}

async function start(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const demo = process.env.PANELIST_START_DEMO === '1';
  const seedBank = process.env.PANELIST_SEED_BANK;
  if (demo && !seedBank) throw new Error('PANELIST_SEED_BANK is not set');
  await migrateAndSeedOrganization(url, demo);
  await bootstrap({ beforeListen: demo && seedBank ? (app) => seedBankAndDemoJob(app, seedBank) : undefined });
}

start().catch(exitOnFailedStart);
