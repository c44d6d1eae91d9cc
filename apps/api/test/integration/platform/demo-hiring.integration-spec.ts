import { readFileSync } from 'node:fs';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, seedDemoHiring, seedDemoOrganization } from '@panelist/db';
import { BankImportsService } from '../../../src/bank-imports/bank-imports.service';
import { SEED_FILE } from '../../support/bank';
import { ownDatabase, type OwnDatabase } from '../../support/own-database';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('demo hiring data for the first start', () => {
  let t: TestApp;
  // The demo users carry the published password: on the shared database they would make every later
  // production start in the run refuse (start-launcher), so they live in a database of their own.
  let database: OwnDatabase;
  beforeAll(async () => {
    database = await ownDatabase('demo');
    t = await startTestApp({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('gives the demo interviewer three interviews on a seed-bank kit, once', async () => {
    await seedDemoOrganization(t.db);
    const [org] = await t.db.query<Array<{ id: string }>>(`SELECT id FROM organizations WHERE slug = $1`, [DEMO_ORGANIZATION.slug]);
    await t.app.get(BankImportsService).importFile(org.id, { fileName: 'seed.txt', content: readFileSync(SEED_FILE) });
    expect(await seedDemoHiring(t.db)).toEqual({ created: true });
    expect(await seedDemoHiring(t.db)).toEqual({ created: false });

    const interviewer = t.client();
    await interviewer.login('interviewer@example.com', DEMO_PASSWORD);
    const { myInterviews } = await interviewer.ok<{
      myInterviews: Array<{
        candidate: { name: string };
        kit: { sections: Array<{ competency: string; questions: Array<{ revision: { rubric: { lookFor: string[] } } }> }> };
        myScorecard: { status: string };
      }>;
    }>(
      `query { myInterviews { candidate { name } kit { sections { competency questions { revision { rubric { lookFor } } } } } myScorecard { status } } }`,
    );
    expect(myInterviews.map((interview) => interview.candidate.name)).toEqual(['Maya Okafor', 'Jonas Weber', 'Priya Raman']);
    const { sections } = myInterviews[0].kit;
    expect(sections).toHaveLength(3);
    expect(sections.slice(0, 2).map((section) => section.competency)).toEqual(['architecture', 'databases']);
    expect(
      sections.every((section) => section.questions.length >= 1 && section.questions.every((q) => q.revision.rubric.lookFor.length > 0)),
    ).toBe(true);
    expect(myInterviews[0].myScorecard.status).toBe('PENDING');
  });
});
