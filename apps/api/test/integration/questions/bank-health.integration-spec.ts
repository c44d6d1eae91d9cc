import { readFileSync } from 'node:fs';
import { BankImportsService } from '../../../src/bank-imports/bank-imports.service';
import { SEED_FILE } from '../../support/bank';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type TestApp } from '../../support/test-app';

const HEALTH = `{ bankHealth {
  missingRubricCount missingRubric { id }
  possibleDuplicates { score a { id prompt } b { id prompt } }
  protectedCharacteristics { id prompt protectedFindings { category field match } }
} }`;

interface Health {
  bankHealth: {
    missingRubricCount: number;
    missingRubric: Array<{ id: string }>;
    possibleDuplicates: Array<{ score: number; a: { id: string; prompt: string }; b: { id: string; prompt: string } }>;
    protectedCharacteristics: Array<{ prompt: string; protectedFindings: Array<{ category: string; field: string; match: string }> }>;
  };
}

describe('bank health', () => {
  let t: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'health');
    await t.app.get(BankImportsService).importFile(org.id, { fileName: 'seed.txt', content: readFileSync(SEED_FILE) });
  });
  afterAll(() => t.close());

  it('lists questions without a rubric, possible duplicates and the model answer that invites disclosure', async () => {
    const recruiter = await signedIn(t.client(), org.members.RECRUITER);
    const { bankHealth } = await recruiter.ok<Health>(HEALTH);
    expect(bankHealth.missingRubricCount).toBeGreaterThan(100);
    expect(bankHealth.missingRubric.length).toBe(Math.min(100, bankHealth.missingRubricCount));
    expect(bankHealth.possibleDuplicates.length).toBeGreaterThanOrEqual(10);
    expect(bankHealth.possibleDuplicates.some(({ a, b }) => /rate limit/i.test(a.prompt) && /rate limit/i.test(b.prompt))).toBe(true);
    const flagged = bankHealth.protectedCharacteristics.flatMap((q) => q.protectedFindings.map((f) => f.category));
    expect(flagged).toContain('family-or-marital-status');
  });

  it('lets an editor dismiss a pair as distinct, and not an interviewer', async () => {
    const manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
    const { bankHealth } = await manager.ok<Health>(HEALTH);
    const [pair] = bankHealth.possibleDuplicates;
    const dismiss = `mutation ($a: ID!, $b: ID!) { dismissDuplicateSuggestion(questionA: $a, questionB: $b) }`;
    const interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
    expect(errorOf(await interviewer.request(dismiss, { a: pair.a.id, b: pair.b.id })).code).toBe('FORBIDDEN');
    await manager.ok(dismiss, { a: pair.b.id, b: pair.a.id });
    const after = await manager.ok<Health>(HEALTH);
    expect(after.bankHealth.possibleDuplicates).toHaveLength(bankHealth.possibleDuplicates.length - 1);
    expect(errorOf(await manager.request(dismiss, { a: pair.a.id, b: pair.b.id })).code).toBe('NOT_FOUND');
  });

  it('lists a question a person writes that is very like one already in the bank', async () => {
    const manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
    const { createQuestion } = await manager.ok<{ createQuestion: { id: string } }>(
      `mutation ($input: QuestionContentInput!) { createQuestion(input: $input) { id } }`,
      {
        input: {
          prompt: 'How would you explain the circuit breaker pattern in microservices?',
          followUps: [],
          lookFor: [],
          redFlags: [],
          category: [],
        },
      },
    );
    const { bankHealth } = await manager.ok<Health>(HEALTH);
    const pair = bankHealth.possibleDuplicates.find(({ a, b }) => a.id === createQuestion.id || b.id === createQuestion.id);
    expect(pair).toBeDefined();
    expect(pair?.score).toBeGreaterThanOrEqual(0.55);
  });
});
