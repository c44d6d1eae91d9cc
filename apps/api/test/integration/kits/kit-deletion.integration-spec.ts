import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { importSeedBank, scheduleLoop } from '../../support/interviews';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const CREATE = `mutation ($input: KitInput!) { createKit(input: $input) { id version deletable } }`;
const DELETE = `mutation ($id: ID!, $version: Int) { deleteKit(id: $id, version: $version) }`;
const GET = `query ($id: ID!) { kit(id: $id) { id deletable sections { id } } }`;
const LIST = `query { kits { id deletable } }`;

describe('deleting a kit nothing uses', () => {
  let t: TestApp;
  let org: TestOrganization;
  let manager: GraphQLTestClient;
  let questionIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'kitdelete');
    questionIds = await importSeedBank(t, org.id);
    manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
  });
  afterAll(() => t.close());

  const newKit = async (title: string) =>
    (
      await manager.ok<{ createKit: { id: string; version: number; deletable: boolean } }>(CREATE, {
        input: {
          roleName: 'Backend Engineer',
          title,
          interviewMinutes: 45,
          sections: [
            { competency: 'architecture', questions: [{ questionId: questionIds[0], plannedMinutes: 15 }] },
            { competency: 'communication', questions: [{ questionId: questionIds[1], plannedMinutes: 10 }] },
          ],
        },
      })
    ).createKit;

  /** Rows of the kit and of its sections and questions: [kits, kit_sections, kit_questions]. */
  const rowsOf = async (kitId: string) => {
    const [row] = await t.db.query<Array<{ kits: string; sections: string; questions: string }>>(
      `SELECT (SELECT count(*) FROM kits WHERE id = $1) AS kits, (SELECT count(*) FROM kit_sections WHERE kit_id = $1) AS sections,
              (SELECT count(*) FROM kit_questions WHERE kit_id = $1) AS questions`,
      [kitId],
    );
    return [Number(row.kits), Number(row.sections), Number(row.questions)];
  };

  it('deletes an unused kit with its sections and questions, and records it in the audit trail', async () => {
    const kit = await newKit('Never used');
    expect(kit.deletable).toBe(true);
    expect((await manager.ok<{ kits: Array<{ id: string; deletable: boolean }> }>(LIST)).kits).toContainEqual({
      id: kit.id,
      deletable: true,
    });

    expect(await manager.ok(DELETE, { id: kit.id, version: kit.version })).toEqual({ deleteKit: kit.id });

    expect(await rowsOf(kit.id)).toEqual([0, 0, 0]);
    expect(errorOf(await manager.request(GET, { id: kit.id }))).toEqual({ code: 'NOT_FOUND', field: 'id' });
    const events = await t.db.query<Array<{ actor_id: string; details: { title: string } }>>(
      `SELECT actor_id, details FROM audit_events WHERE organization_id = $1 AND action = 'kit.deleted' AND target_id = $2`,
      [org.id, kit.id],
    );
    expect(events).toEqual([{ actor_id: org.members.HIRING_MANAGER.userId, details: { title: 'Never used' } }]);
  });

  it('deletes without a version too; a stale version is a CONFLICT that deletes nothing', async () => {
    const kit = await newKit('Versioned');
    expect(errorOf(await manager.request(DELETE, { id: kit.id, version: kit.version + 1 }))).toEqual({
      code: 'CONFLICT',
      field: 'version',
    });
    expect(await rowsOf(kit.id)).toEqual([1, 2, 2]);
    expect(await manager.ok(DELETE, { id: kit.id })).toEqual({ deleteKit: kit.id });
    expect(await rowsOf(kit.id)).toEqual([0, 0, 0]);
  });

  it('refuses a kit a job round and an interview use, saying to archive it, and deletes nothing', async () => {
    const loop = await scheduleLoop(
      { kitEditor: manager, scheduler: manager },
      org,
      questionIds,
      [org.members.INTERVIEWER],
      'used@kit.test',
    );
    const { kit } = await manager.ok<{ kit: { deletable: boolean } }>(GET, { id: loop.kitId });
    expect(kit.deletable).toBe(false);
    const before = await rowsOf(loop.kitId);

    const refused = await manager.request(DELETE, { id: loop.kitId });

    expect(errorOf(refused).code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/archive it instead/i);
    expect(await rowsOf(loop.kitId)).toEqual(before);
    const [interview] = await t.db.query<Array<{ kit_id: string }>>(`SELECT kit_id FROM interviews WHERE id = $1`, [loop.interviewId]);
    expect(interview.kit_id).toBe(loop.kitId);
  });

  it('refuses a kit only an interview uses (no job round)', async () => {
    const loop = await scheduleLoop(
      { kitEditor: manager, scheduler: manager },
      org,
      questionIds,
      [org.members.INTERVIEWER],
      'one@kit.test',
    );
    const kit = await newKit('Picked for one interview');
    await manager.ok(`mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`, {
      input: { loopId: loop.loopId, kitId: kit.id, scheduledAt: '2026-12-02T10:00:00Z', interviewerIds: [org.members.INTERVIEWER.userId] },
    });

    expect(errorOf(await manager.request(DELETE, { id: kit.id })).code).toBe('CONFLICT');
    expect(await rowsOf(kit.id)).toEqual([1, 2, 2]);
  });

  it('is for kit editors only; another organization’s kit is NOT_FOUND', async () => {
    const kit = await newKit('Guarded');
    for (const role of ['RECRUITER', 'INTERVIEWER'] as const) {
      const client = await signedIn(t.client(), org.members[role]);
      expect(errorOf(await client.request(DELETE, { id: kit.id })).code).toBe('FORBIDDEN');
    }
    const stranger = await signedIn(t.client(), (await createOrganization(t.db, 'kitdelstranger')).members.ADMIN);
    expect(errorOf(await stranger.request(DELETE, { id: kit.id }))).toEqual({ code: 'NOT_FOUND', field: 'id' });
    expect(await rowsOf(kit.id)).toEqual([1, 2, 2]);

    const admin = await signedIn(t.client(), org.members.ADMIN);
    expect(await admin.ok(DELETE, { id: kit.id })).toEqual({ deleteKit: kit.id });
  });
});
