import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { importSeedBank, scheduleLoop, type Loop } from '../../support/interviews';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const ARCHIVE = `mutation ($id: ID!) { archiveKit(id: $id) { id status version } }`;
const LIST = `query { kits { id } }`;
const GET = `query ($id: ID!) { kit(id: $id) { id status title sections { id } } }`;
const SCHEDULE = `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id kit { title } } }`;
const INTERVIEW = `query ($id: ID!) { interview(id: $id) { id kit { title } } }`;

describe('archiving a kit', () => {
  let t: TestApp;
  let org: TestOrganization;
  let manager: GraphQLTestClient;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'kitarchive');
    const questionIds = await importSeedBank(t, org.id);
    manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
    // A job round and an interview use the kit, so it cannot be deleted: archiving is the way to retire it.
    loop = await scheduleLoop({ kitEditor: manager, scheduler: manager }, org, questionIds, [org.members.INTERVIEWER], 'arch@kit.test');
  });
  afterAll(() => t.close());

  const roundId = async () =>
    (
      await manager.ok<{ job: { rounds: Array<{ id: string }> } }>(`query ($id: ID!) { job(id: $id) { rounds { id } } }`, {
        id: loop.jobId,
      })
    ).job.rounds[0].id;

  it('takes the kit off the kits list; it stays readable, and the interview that used it keeps it', async () => {
    const { kit: before } = await manager.ok<{ kit: { title: string; sections: unknown[] } }>(GET, { id: loop.kitId });

    const { archiveKit } = await manager.ok<{ archiveKit: { id: string; status: string } }>(ARCHIVE, { id: loop.kitId });

    expect(archiveKit).toMatchObject({ id: loop.kitId, status: 'ARCHIVED' });
    expect((await manager.ok<{ kits: Array<{ id: string }> }>(LIST)).kits.map((kit) => kit.id)).not.toContain(loop.kitId);
    expect((await manager.ok<{ kit: unknown }>(GET, { id: loop.kitId })).kit).toEqual({ ...before, id: loop.kitId, status: 'ARCHIVED' });
    const interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
    expect((await interviewer.ok<{ interview: { kit: { title: string } } }>(INTERVIEW, { id: loop.interviewId })).interview.kit.title).toBe(
      before.title,
    );
  });

  it('is recorded once in the audit trail, however often it is archived', async () => {
    await manager.ok(ARCHIVE, { id: loop.kitId });
    const events = await t.db.query<Array<{ actor_id: string }>>(
      `SELECT actor_id FROM audit_events WHERE organization_id = $1 AND action = 'kit.archived' AND target_id = $2`,
      [org.id, loop.kitId],
    );
    expect(events).toEqual([{ actor_id: org.members.HIRING_MANAGER.userId }]);
  });

  it('cannot be picked for a new interview; its job round says the round needs another kit', async () => {
    const byRound = await manager.request(SCHEDULE, {
      input: {
        loopId: loop.loopId,
        roundId: await roundId(),
        scheduledAt: '2026-12-03T10:00:00Z',
        interviewerIds: [org.members.INTERVIEWER.userId],
      },
    });
    expect(errorOf(byRound)).toEqual({ code: 'BAD_USER_INPUT', field: 'roundId' });
    expect(byRound.errors?.[0]?.message).toMatch(/archived: edit the job to give the round another kit/);

    const byKit = await manager.request(SCHEDULE, {
      input: {
        loopId: loop.loopId,
        kitId: loop.kitId,
        scheduledAt: '2026-12-03T10:00:00Z',
        interviewerIds: [org.members.INTERVIEWER.userId],
      },
    });
    expect(errorOf(byKit)).toEqual({ code: 'BAD_USER_INPUT', field: 'kitId' });
    const [{ n }] = await t.db.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM interviews WHERE loop_id = $1`, [loop.loopId]);
    expect(Number(n)).toBe(1);
  });

  it('is for kit editors only; another organization’s kit is NOT_FOUND', async () => {
    for (const role of ['RECRUITER', 'INTERVIEWER'] as const) {
      const client = await signedIn(t.client(), org.members[role]);
      expect(errorOf(await client.request(ARCHIVE, { id: loop.kitId })).code).toBe('FORBIDDEN');
    }
    const stranger = await signedIn(t.client(), (await createOrganization(t.db, 'kitarchstranger')).members.ADMIN);
    expect(errorOf(await stranger.request(ARCHIVE, { id: loop.kitId })).code).toBe('NOT_FOUND');
  });
});
