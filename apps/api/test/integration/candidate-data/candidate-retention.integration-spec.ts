import { CandidateRetentionService } from '../../../src/candidate-data/candidate-retention.service';
import { createOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type TestApp } from '../../support/test-app';
import { addCandidate, addInterview, interviewed, openHiringDesk, type HiringDesk } from './hiring-desk';

const SETTINGS = `{ candidateRetention { months } }`;
const SET = `mutation ($months: Int) { setCandidateRetention(months: $months) { months } }`;
const PREVIEW = `{ candidateRetentionPreview { candidateId name lastDecision lastDecisionAt dueSince } }`;

interface Due {
  candidateId: string;
  name: string;
  lastDecision: string;
  lastDecisionAt: string;
  dueSince: string;
}

describe('candidate retention', () => {
  let t: TestApp;
  let desk: HiringDesk;

  beforeAll(async () => {
    t = await startTestApp();
    desk = await openHiringDesk(t, 'retention');
  });
  afterAll(() => t.close());

  /** A decision recorded `monthsAgo` months ago, with the loop and its interviews moved before it. */
  async function decidedMonthsAgo(loopId: string, monthsAgo: number, decision = 'NO_HIRE'): Promise<void> {
    const ago = `now() - make_interval(months => $2::int)`;
    await t.db.query(`UPDATE interview_loops SET created_at = ${ago} - interval '30 days' WHERE id = $1`, [loopId, monthsAgo]);
    await t.db.query(`UPDATE interviews SET scheduled_at = ${ago} - interval '20 days' WHERE loop_id = $1`, [loopId, monthsAgo]);
    await t.db.query(
      `INSERT INTO hiring_decisions (organization_id, loop_id, decision, rationale, decided_by, decided_by_name, decided_at)
       SELECT organization_id, id, $3, 'Back-dated rationale for this test.', NULL, 'Hiring manager', ${ago} FROM interview_loops WHERE id = $1`,
      [loopId, monthsAgo, decision],
    );
  }

  const candidate = (name: string) =>
    addCandidate(desk, { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${desk.org.slug}@example.com` }, [desk.interviewers[0]]);
  const erasedAt = async (candidateId: string) =>
    (await t.db.query<Array<{ erased_at: Date | null }>>(`SELECT erased_at FROM candidates WHERE id = $1`, [candidateId]))[0].erased_at;

  it('is off by default; admins set 1 to 120 months or switch it off, and each change is audited', async () => {
    expect(await desk.admin.ok(SETTINGS)).toEqual({ candidateRetention: { months: null } });
    expect(await desk.admin.ok(PREVIEW)).toEqual({ candidateRetentionPreview: [] });
    for (const months of [0, 121, -5])
      expect(errorOf(await desk.admin.request(SET, { months }))).toEqual({ code: 'BAD_USER_INPUT', field: 'months' });
    expect(errorOf(await desk.manager.request(SET, { months: 12 })).code).toBe('FORBIDDEN');
    expect(errorOf(await desk.manager.request(PREVIEW)).code).toBe('FORBIDDEN');
    expect(await desk.admin.ok(SET, { months: 24 })).toEqual({ setCandidateRetention: { months: 24 } });
    expect(await desk.admin.ok(SET, { months: null })).toEqual({ setCandidateRetention: { months: null } });
    expect(await desk.admin.ok(SETTINGS)).toEqual({ candidateRetention: { months: null } });
    const changes = await t.db.query<Array<{ details: unknown }>>(
      `SELECT details FROM audit_events WHERE organization_id = $1 AND action = 'organization.settings_changed' ORDER BY id`,
      [desk.org.id],
    );
    expect(changes.map((row) => row.details)).toEqual([
      { candidateRetentionMonths: 24, previousCandidateRetentionMonths: null },
      { candidateRetentionMonths: null, previousCandidateRetentionMonths: 24 },
    ]);
  });

  it('previews exactly whom the job erases, erases them through the erasure path once across instances, and audits the run', async () => {
    const [, ines] = desk.interviewers;
    // Due at 12 months: decided 14 and 13 months ago.
    const longAgo = await interviewed(desk, { name: 'Lena Longago', email: `lena.${desk.org.slug}@example.com` }, [
      { member: ines, ratings: [3, 3, 3], words: 'lenanotes' },
    ]);
    await decidedMonthsAgo(longAgo.loopId, 14, 'HIRE');
    const lastYear = await candidate('Lou Lastyear');
    await decidedMonthsAgo(lastYear.loopId, 13);
    // Not due: a recent decision; a newer decision after an old one; back in process; never decided; retention off.
    const recent = await candidate('Rita Recent');
    await decidedMonthsAgo(recent.loopId, 11);
    const redecided = await candidate('Remi Redecided');
    await decidedMonthsAgo(redecided.loopId, 20);
    await t.db.query(
      `INSERT INTO hiring_decisions (organization_id, loop_id, decision, rationale, decided_by_name, decided_at) VALUES ($1, $2, 'HIRE', 'Changed our mind after all.', 'HM', now() - interval '2 months')`,
      [desk.org.id, redecided.loopId],
    );
    const inProcess = await candidate('Ivo Inprocess');
    await decidedMonthsAgo(inProcess.loopId, 15, 'HOLD');
    await addInterview(desk, inProcess.loopId, [ines], new Date(Date.now() - 86_400_000).toISOString());
    const undecided = await candidate('Uma Undecided');
    await t.db.query(`UPDATE interview_loops SET created_at = now() - interval '5 years' WHERE id = $1`, [undecided.loopId]);
    const elsewhere = await createOrganization(t.db, 'retention-off');
    const [{ id: elsewhereCandidate }] = await t.db.query<Array<{ id: string }>>(
      `INSERT INTO candidates (organization_id, name, email) VALUES ($1, 'Olga Offorg', 'olga@example.com') RETURNING id`,
      [elsewhere.id],
    );

    await desk.admin.ok(SET, { months: 12 });
    const { candidateRetentionPreview: preview } = await desk.admin.ok<{ candidateRetentionPreview: Due[] }>(PREVIEW);
    expect(preview.map((due) => [due.name, due.lastDecision])).toEqual([
      ['Lena Longago', 'HIRE'],
      ['Lou Lastyear', 'NO_HIRE'],
    ]);
    const [lena] = preview;
    const dueSince = new Date(lena.lastDecisionAt);
    dueSince.setUTCMonth(dueSince.getUTCMonth() + 12);
    expect(Math.abs(new Date(lena.dueSince).getTime() - dueSince.getTime())).toBeLessThan(3 * 86_400_000);

    const job = t.app.get(CandidateRetentionService);
    // Another instance is at work: this one does nothing.
    const otherInstance = t.db.createQueryRunner();
    await otherInstance.startTransaction();
    await otherInstance.query(`SELECT pg_advisory_xact_lock(hashtext('panelist:candidate-retention'))`);
    expect(await job.run()).toBe(0);
    expect(await erasedAt(longAgo.candidateId)).toBeNull();
    await otherInstance.rollbackTransaction();
    await otherInstance.release();
    // Two at once: between them, each candidate is erased exactly once.
    const runs = await Promise.all([job.run(), job.run()]);
    expect(runs[0] + runs[1]).toBe(2);

    for (const { candidateId } of [longAgo, lastYear]) expect(await erasedAt(candidateId)).not.toBeNull();
    for (const { candidateId } of [recent, redecided, inProcess, undecided]) expect(await erasedAt(candidateId)).toBeNull();
    expect(await erasedAt(elsewhereCandidate)).toBeNull();
    expect(await t.db.query(`SELECT name FROM candidates WHERE id = $1`, [longAgo.candidateId])).toEqual([
      { name: `Erased candidate ${longAgo.candidateId.slice(0, 8)}` },
    ]);
    expect(
      await t.db.query(`SELECT notes FROM scorecard_answers WHERE scorecard_id = $1 AND notes <> ''`, [longAgo.scorecardOf[ines.userId]]),
    ).toEqual([]);
    expect(await t.db.query(`SELECT decision FROM hiring_decisions WHERE loop_id = $1 AND rationale = ''`, [longAgo.loopId])).toEqual([
      { decision: 'HIRE' },
    ]);

    const events = await t.db.query<
      Array<{ action: string; actor_label: string; target_id: string | null; details: Record<string, unknown> }>
    >(
      `SELECT action, actor_label, target_id, details FROM audit_events WHERE organization_id = $1 AND action IN ('candidate.erased', 'candidate.retention_applied') ORDER BY id`,
      [desk.org.id],
    );
    expect(events).toEqual([
      {
        action: 'candidate.erased',
        actor_label: 'retention job',
        target_id: longAgo.candidateId,
        details: expect.objectContaining({
          by: 'retention',
          retentionMonths: 12,
          lastDecisionAt: lena.lastDecisionAt,
          answersBlanked: 3,
          decisionsBlanked: 1,
        }),
      },
      {
        action: 'candidate.erased',
        actor_label: 'retention job',
        target_id: lastYear.candidateId,
        details: expect.objectContaining({ by: 'retention', decisionsBlanked: 1 }),
      },
      {
        action: 'candidate.retention_applied',
        actor_label: 'retention job',
        target_id: null,
        details: { erased: 2, failed: 0, retentionMonths: 12 },
      },
    ]);

    // Nothing is due any more: the preview is empty and the next run does and records nothing.
    expect(await desk.admin.ok(PREVIEW)).toEqual({ candidateRetentionPreview: [] });
    expect(await job.run()).toBe(0);
    expect(
      await t.db.query(`SELECT 1 FROM audit_events WHERE organization_id = $1 AND action LIKE 'candidate.%'`, [desk.org.id]),
    ).toHaveLength(events.length);
  });
});
