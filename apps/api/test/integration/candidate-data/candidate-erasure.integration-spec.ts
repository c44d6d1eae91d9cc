import { randomBytes } from 'node:crypto';
import { AuditService } from '../../../src/audit/audit.service';
import { createOrganization } from '../../support/fixtures';
import { SAVE_DRAFT } from '../../support/interviews';
import { errorOf, startTestApp, type TestApp } from '../../support/test-app';
import { addInterview, amend, decide, interviewed, openHiringDesk, score, type HiringDesk, type Interviewed } from './hiring-desk';

const ERASE = `mutation ($input: EraseCandidateInput!) { eraseCandidate(input: $input) {
  candidateId name erasedAt alreadyErased scorecardsBlanked answersBlanked revisionsBlanked decisionsBlanked auditEventsScrubbed } }`;
const CALIBRATION = `{ interviewerCalibration { interviewer { userId name } scorecards ratings comparisons rawLeniency shrunkLeniency label medianHoursToSubmit } }`;
const RELIABILITY = `{ jobReliability { jobId jobTitle candidates reliability { alpha band pairableValues unitsUsed } } }`;
const COMPARE = `query ($jobId: ID!) { jobComparison(jobId: $jobId) { rows { loopId candidate { name }
  competencies { competency n mean calibratedMean } tally { strongNo no yes strongYes total } rawComposite { score } calibratedComposite { score } decision { decision decidedAt } } } }`;

/** Every text-like column of every table in the public schema: new tables are covered without editing this test. */
async function tablesMentioning(t: TestApp, texts: string[]): Promise<string[]> {
  const columns = await t.db.query<Array<{ table_name: string; column_name: string }>>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
      WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'tsvector', 'ARRAY', 'USER-DEFINED')`,
  );
  expect(columns.length).toBeGreaterThan(50);
  const patterns = texts.map((text) => `%${text.toLowerCase()}%`);
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [{ n }] = await t.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE lower("${column}"::text) LIKE ANY ($1)`,
      [patterns],
    );
    if (n > 0) found.push(`${table}.${column}`);
  }
  return found;
}

/** Everything erasure must keep: numbers, statuses, dates, outcomes — and revision content minus its text. */
async function keptFigures(t: TestApp, candidateId: string): Promise<unknown[]> {
  return Promise.all([
    t.db.query(
      `SELECT id, status, recommendation, revision, started_at, submitted_at, interviewer_id FROM scorecards WHERE candidate_id = $1 ORDER BY id`,
      [candidateId],
    ),
    t.db.query(
      `SELECT a.scorecard_id, a.question_id, a.rating, a.not_asked FROM scorecard_answers a JOIN scorecards s ON s.id = a.scorecard_id WHERE s.candidate_id = $1 ORDER BY 1, 2`,
      [candidateId],
    ),
    t.db.query(
      `SELECT r.* FROM scorecard_competency_ratings r JOIN scorecards s ON s.id = r.scorecard_id WHERE s.candidate_id = $1 ORDER BY 1, 2`,
      [candidateId],
    ),
    t.db.query(
      `SELECT v.id, v.revision, v.created_by, v.created_at, scorecard_content_without_text(v.content) AS content
         FROM scorecard_revisions v JOIN scorecards s ON s.id = v.scorecard_id WHERE s.candidate_id = $1 ORDER BY v.id`,
      [candidateId],
    ),
    t.db.query(
      `SELECT d.id, d.decision, d.decided_by, d.decided_by_name, d.decided_at FROM hiring_decisions d JOIN interview_loops l ON l.id = d.loop_id WHERE l.candidate_id = $1`,
      [candidateId],
    ),
    t.db.query(
      `SELECT l.id, l.job_id, l.created_at, i.id AS interview, i.scheduled_at FROM interview_loops l JOIN interviews i ON i.loop_id = l.id WHERE l.candidate_id = $1 ORDER BY i.id`,
      [candidateId],
    ),
  ]);
}

describe('candidate erasure', () => {
  let t: TestApp;
  let desk: HiringDesk;
  const suffix = randomBytes(5).toString('hex').replace(/\d/g, 'q');
  const zed = { name: `Zed Quill${suffix}`, email: `zed.${suffix}@example.com`, links: [`https://example.com/zed-${suffix}`] };
  // Every string about Zed that erasure must leave nowhere.
  const personal = [
    zed.name,
    `quill${suffix}`,
    zed.email,
    `zed-${suffix}`,
    `quokka${suffix}`,
    `wombat${suffix}`,
    `amend${suffix}`,
    `rationale${suffix}`,
    `draft${suffix}`,
  ];
  let target: Interviewed;

  beforeAll(async () => {
    t = await startTestApp();
    desk = await openHiringDesk(t, 'erasure');
    const [drafter, ines, ola] = desk.interviewers;
    // Three shared candidates, so calibration shows figures; Zed is one of them.
    target = await interviewed(desk, zed, [
      { member: ines, ratings: [4, 3, 4], words: `quokka${suffix}` },
      { member: ola, ratings: [2, 2, 1], recommendation: 'NO', words: `wombat${suffix}` },
    ]);
    for (const [index, ratings] of [
      [3, 3, 3],
      [4, 4, 3],
    ].entries()) {
      await interviewed(desk, { name: `Peer ${index} ${suffix.slice(0, 3)}`, email: `peer.${index}.${desk.org.slug}@example.com` }, [
        { member: ines, ratings, words: 'peer notes' },
        { member: ola, ratings: ratings.map((rating) => rating - 1), words: 'peer notes' },
      ]);
    }
    const [{ version }] = await t.db.query<Array<{ version: number }>>(`SELECT version FROM scorecards WHERE id = $1`, [
      target.scorecardOf[ola.userId],
    ]);
    await amend(desk, ola, { id: target.scorecardOf[ola.userId], version }, `Recalled amend${suffix} details`, 2);
    await decide(desk, target.loopId, 'NO_HIRE', `Decided rationale${suffix} firmly after debrief.`);
    // A second interview whose scorecard is still a draft, open in its author's tab.
    const second = await addInterview(desk, target.loopId, [drafter], '2026-11-25T10:00:00Z');
    target.scorecardOf[drafter.userId] = second.scorecardOf[drafter.userId];
    await score(desk, second.scorecardOf[drafter.userId], { member: drafter, ratings: [3, 3, 3], words: `draft${suffix}` }, false);
    // Whatever some feature may one day write into the trail about them, by name or email.
    const audit = t.app.get(AuditService);
    await audit.record({
      organizationId: desk.org.id,
      action: 'candidate.exported',
      target: { type: 'candidate', id: target.candidateId },
      details: { subject: `Call with ${zed.name.toUpperCase()}`, count: 2 },
    });
    await audit.record({
      organizationId: desk.org.id,
      action: 'bank.imported',
      details: { files: ['a.txt', `cv of ${zed.email}`], format: 'plain' },
    });
    await audit.record({
      organizationId: desk.org.id,
      action: 'bank.imported',
      details: { files: ['b.txt'], format: 'Zed-less calibration file' },
    });
  });
  afterAll(() => t.close());

  const erase = (confirmName: string, candidateId = target.candidateId, client = desk.admin) =>
    client.request(ERASE, { input: { candidateId, confirmName } });

  it('refuses without the candidate’s name, to non-admins and for candidates of other organizations, changing nothing', async () => {
    expect(errorOf(await erase('Zed'))).toEqual({ code: 'BAD_USER_INPUT', field: 'confirmName' });
    expect(errorOf(await erase(''))).toEqual({ code: 'BAD_USER_INPUT', field: 'confirmName' });
    expect(errorOf(await erase(zed.name, 'not-an-id'))).toEqual({ code: 'BAD_USER_INPUT', field: 'candidateId' });
    const foreign = await createOrganization(t.db, 'erasure-foreign');
    const [{ id }] = await t.db.query<Array<{ id: string }>>(
      `INSERT INTO candidates (organization_id, name, email) VALUES ($1, $2, 'far@example.com') RETURNING id`,
      [foreign.id, zed.name],
    );
    expect(errorOf(await erase(zed.name, id))).toEqual({ code: 'NOT_FOUND', field: 'candidateId' });
    expect(errorOf(await erase(zed.name, target.candidateId, await desk.clientOf(desk.org.members.HIRING_MANAGER))).code).toBe('FORBIDDEN');
    expect(await t.db.query(`SELECT name, erased_at FROM candidates WHERE id = $1`, [target.candidateId])).toEqual([
      { name: zed.name, erased_at: null },
    ]);
    await t.db.query(`DELETE FROM organizations WHERE id = $1`, [foreign.id]);
  });

  it('leaves no personal string in any table, keeps every figure, and records only counts', async () => {
    expect((await tablesMentioning(t, personal)).sort()).toEqual(
      [
        'audit_events.details',
        'candidates.email',
        'candidates.links',
        'candidates.name',
        'hiring_decisions.rationale',
        'scorecard_answers.notes',
        'scorecard_revisions.content',
        'scorecard_revisions.reason',
        'scorecards.summary',
      ].sort(),
    );
    const figures = async () => ({
      calibration: await desk.admin.ok(CALIBRATION),
      reliability: await desk.admin.ok(RELIABILITY),
      kept: await keptFigures(t, target.candidateId),
    });
    const comparison = async () =>
      (await desk.admin.ok<{ jobComparison: { rows: Array<{ candidate: { name: string } }> } }>(COMPARE, { jobId: desk.jobId }))
        .jobComparison.rows;
    const before = await figures();
    expect(JSON.stringify(before.calibration)).toMatch(/"rawLeniency":-?\d/);
    const comparedBefore = await comparison();

    const result = await erase(`  ${zed.name.toLowerCase()} `);
    expect(result.errors).toBeUndefined();
    const erased = (result.data as { eraseCandidate: Record<string, unknown> }).eraseCandidate;
    expect(erased).toMatchObject({
      candidateId: target.candidateId,
      name: `Erased candidate ${target.candidateId.slice(0, 8)}`,
      alreadyErased: false,
      scorecardsBlanked: 3,
      answersBlanked: 9,
      revisionsBlanked: 3,
      decisionsBlanked: 1,
      auditEventsScrubbed: 2,
    });

    expect(await tablesMentioning(t, personal)).toEqual([]);
    expect(await figures()).toEqual(before);
    const comparedAfter = await comparison();
    expect(comparedAfter.map((row) => row.candidate.name)).toContain(erased.name);
    const withoutNames = (rows: Array<{ candidate: { name: string } }>) =>
      rows.map(({ candidate: _candidate, ...row }) => row).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(withoutNames(comparedAfter)).toEqual(withoutNames(comparedBefore));

    const [candidate] = await t.db.query(`SELECT name, email, links, erased_at IS NOT NULL AS erased FROM candidates WHERE id = $1`, [
      target.candidateId,
    ]);
    expect(candidate).toEqual({ name: erased.name, email: `erased-${target.candidateId}@erased.invalid`, links: [], erased: true });
    const search = await desk.admin.ok<{ candidates: unknown[] }>(`query ($search: String) { candidates(search: $search) { id } }`, {
      search: `quill${suffix}`,
    });
    expect(search.candidates).toEqual([]);

    const events = await t.db.query<Array<{ action: string; details: Record<string, unknown> }>>(
      `SELECT action, details FROM audit_events WHERE organization_id = $1 AND (target_id = $2 OR details ? 'format') ORDER BY id`,
      [desk.org.id, target.candidateId],
    );
    expect(events).toEqual([
      { action: 'candidate.exported', details: { subject: '', count: 2 } },
      { action: 'bank.imported', details: { files: '', format: 'plain' } },
      { action: 'bank.imported', details: { files: ['b.txt'], format: 'Zed-less calibration file' } },
      {
        action: 'candidate.erased',
        details: { by: 'admin', scorecardsBlanked: 3, answersBlanked: 9, revisionsBlanked: 3, decisionsBlanked: 1, auditEventsScrubbed: 2 },
      },
    ]);
  });

  it('refuses a draft open in someone’s tab, so its old text cannot be saved back', async () => {
    const drafter = await desk.clientOf(desk.interviewers[0]);
    const result = await drafter.request(SAVE_DRAFT, {
      input: { scorecardId: target.scorecardOf[desk.interviewers[0].userId], version: 2, summary: `draft${suffix} again` },
    });
    expect(errorOf(result).code).toBe('CONFLICT');
    const [{ version }] = await t.db.query<Array<{ version: number }>>(`SELECT version FROM scorecards WHERE id = $1`, [
      target.scorecardOf[desk.interviewers[0].userId],
    ]);
    expect(version).toBeGreaterThan(2);
  });

  it('is idempotent: erasing again (confirmed with the tombstone name) succeeds and changes nothing', async () => {
    const rowsBefore = await t.db.query(`SELECT * FROM candidates WHERE id = $1`, [target.candidateId]);
    const eventsBefore = await t.db.query(`SELECT count(*) FROM audit_events WHERE organization_id = $1`, [desk.org.id]);
    expect(errorOf(await erase(zed.name))).toEqual({ code: 'BAD_USER_INPUT', field: 'confirmName' });
    const again = await desk.admin.ok<{ eraseCandidate: Record<string, unknown> }>(ERASE, {
      input: { candidateId: target.candidateId, confirmName: `Erased candidate ${target.candidateId.slice(0, 8)}` },
    });
    expect(again.eraseCandidate).toMatchObject({
      alreadyErased: true,
      scorecardsBlanked: 0,
      answersBlanked: 0,
      revisionsBlanked: 0,
      decisionsBlanked: 0,
      auditEventsScrubbed: 0,
    });
    expect(await t.db.query(`SELECT * FROM candidates WHERE id = $1`, [target.candidateId])).toEqual(rowsBefore);
    expect(await t.db.query(`SELECT count(*) FROM audit_events WHERE organization_id = $1`, [desk.org.id])).toEqual(eventsBefore);
  });

  it('leaves the append-only tables append-only: only blanking, only for the candidate being erased', async () => {
    const [{ id: otherCandidate }] = await t.db.query<Array<{ id: string }>>(
      `SELECT id FROM candidates WHERE organization_id = $1 AND id <> $2 LIMIT 1`,
      [desk.org.id, target.candidateId],
    );
    const refused = (sql: string, setting?: [string, string]) =>
      expect(
        t.db.transaction(async (db) => {
          if (setting) await db.query(`SELECT set_config($1, $2, true)`, setting);
          await db.query(sql, [target.candidateId, otherCandidate]);
        }),
      ).rejects.toThrow(/append-only/);
    const asErasureOf = (id: string): [string, string] => ['panelist.erasure', id];
    const revisionsOf = (param: string) =>
      `scorecard_id IN (SELECT id FROM scorecards WHERE candidate_id = ${param} AND $1::uuid IS NOT NULL AND $2::uuid IS NOT NULL)`;
    const decisionsOf = (param: string) =>
      `loop_id IN (SELECT id FROM interview_loops WHERE candidate_id = ${param} AND $1::uuid IS NOT NULL AND $2::uuid IS NOT NULL)`;

    await refused(`UPDATE scorecard_revisions SET reason = '' WHERE ${revisionsOf('$1')}`);
    await refused(`UPDATE hiring_decisions SET rationale = '' WHERE ${decisionsOf('$1')}`);
    await refused(
      `UPDATE audit_events SET details = '{}' WHERE organization_id = (SELECT organization_id FROM candidates WHERE id = $1 AND $2::uuid IS NOT NULL)`,
    );
    // Even while erasing: nothing but blanking, and nothing of anyone else.
    await refused(
      `UPDATE hiring_decisions SET decision = 'HIRE', rationale = '' WHERE ${decisionsOf('$1')}`,
      asErasureOf(target.candidateId),
    );
    await refused(
      `UPDATE hiring_decisions SET rationale = 'Rewritten history here' WHERE ${decisionsOf('$1')}`,
      asErasureOf(target.candidateId),
    );
    await refused(`UPDATE scorecard_revisions SET reason = '', content = '{}' WHERE ${revisionsOf('$1')}`, asErasureOf(target.candidateId));
    await refused(`UPDATE scorecard_revisions SET reason = '' WHERE ${revisionsOf('$2')}`, asErasureOf(target.candidateId));
    await refused(`DELETE FROM scorecard_revisions WHERE ${revisionsOf('$1')}`, asErasureOf(target.candidateId));
    await refused(`DELETE FROM hiring_decisions WHERE ${decisionsOf('$1')}`, asErasureOf(target.candidateId));
    const eventsOfOrg = `organization_id = (SELECT organization_id FROM candidates WHERE id = $1 AND $2::uuid IS NOT NULL)`;
    await refused(`UPDATE audit_events SET action = 'audit.pruned' WHERE ${eventsOfOrg}`, asErasureOf(target.candidateId));
    await refused(`UPDATE audit_events SET details = '{}' WHERE ${eventsOfOrg} AND details <> '{}'`, asErasureOf(target.candidateId));
    await refused(`DELETE FROM audit_events WHERE ${eventsOfOrg}`, asErasureOf(target.candidateId));
    // The prune's switch deletes; it no longer rewrites.
    await refused(`UPDATE audit_events SET details = '{}' WHERE ${eventsOfOrg}`, ['panelist.audit_maintenance', 'on']);
  });
});
