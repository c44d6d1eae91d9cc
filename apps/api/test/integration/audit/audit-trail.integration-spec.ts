import { AuditRetentionService } from '../../../src/audit/audit-retention.service';
import { addMember, createOrganization, PASSWORD, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const EVENTS = `query ($filter: AuditFilterInput, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    events { id occurredAt actorId actorLabel action targetType targetId requestId ipAddress details { key value } }
    nextCursor
  }
}`;
const CSV = `query ($filter: AuditFilterInput) { auditEventsCsv(filter: $filter) { fileName content } }`;
const ADD = `mutation ($input: AddMemberInput!) { addMember(input: $input) { member { id version } } }`;
const CHANGE_ROLE = `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id version } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateMember(memberId: $id) { status } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateMember(memberId: $id) { status } }`;
const RETENTION = `mutation ($days: Int!) { setAuditRetention(days: $days) { retentionDays } }`;

interface AuditEvent {
  id: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  ipAddress: string | null;
  details: Array<{ key: string; value: string }>;
}

describe('audit trail', () => {
  let t: TestApp;
  let org: TestOrganization;
  let admin: GraphQLTestClient;
  const lines: string[] = [];
  let restoreStdout: () => void;

  beforeAll(async () => {
    t = await startTestApp({ AUDIT_LOG: 'on' });
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) => {
      const text = String(chunk);
      if (text.includes('"event":"audit"')) lines.push(...text.trim().split('\n'));
      else return write(chunk, ...rest);
      return true;
    };
    restoreStdout = () => (process.stdout.write = write);
    org = await createOrganization(t.db, 'audit');
    admin = await signedIn(t.client(), org.members.ADMIN);
  });
  afterAll(async () => {
    restoreStdout();
    await t.close();
  });

  const eventsOf = async (filter: Record<string, unknown>, client = admin) =>
    (await client.ok<{ auditEvents: { events: AuditEvent[]; nextCursor: string | null } }>(EVENTS, { filter, first: 200 })).auditEvents
      .events;

  it('a burst of 20 failed sign-ins leaves 20 audit rows and 20 structured log lines, none with the password', async () => {
    // Someone of their own: after 20 failures the account is throttled for a while (per-account limit).
    const member = await addMember(t.db, org.id, { email: `burst.${org.slug}@audit.test`, name: 'Burst Target', role: 'RECRUITER' });
    const before = lines.length;
    const passwords = Array.from({ length: 20 }, (_, i) => `Wrong-Guess-${i}-zebra`);
    for (const password of passwords) expect((await t.client().login(member.email, password)).errors).toBeDefined();
    const failed = await eventsOf({ action: 'session.sign_in_failed', actorId: member.userId });
    expect(failed).toHaveLength(20);
    expect(failed[0]).toMatchObject({ actorLabel: member.email, requestId: expect.any(String), ipAddress: expect.any(String) });
    const logged = lines.slice(before).map((line) => JSON.parse(line) as { action: string; actorId: string });
    expect(logged.filter((entry) => entry.action === 'session.sign_in_failed' && entry.actorId === member.userId)).toHaveLength(20);
    const everything = JSON.stringify(failed) + lines.join('\n');
    for (const password of passwords) expect(everything).not.toContain(password);
    expect(everything).not.toContain(PASSWORD);
  });

  it('an unknown email is kept only as a hash, in no organization’s trail', async () => {
    await t.client().login('nobody.here@unknown.test', 'whatever it is');
    const [row] = await t.db.query<Array<{ organization_id: string | null; actor_label: string }>>(
      `SELECT organization_id, actor_label FROM audit_events WHERE action = 'session.sign_in_failed' AND actor_id IS NULL ORDER BY id DESC LIMIT 1`,
    );
    expect(row.organization_id).toBeNull();
    expect(row.actor_label).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(JSON.stringify(await eventsOf({}))).not.toContain('nobody.here');
  });

  it('records sign-in, sign-out and every member change; a refused change leaves no row', async () => {
    const client = await signedIn(t.client(), org.members.INTERVIEWER);
    await client.ok(`mutation { logout }`);
    const { addMember } = await admin.ok<{ addMember: { member: { id: string; version: number } } }>(ADD, {
      input: { email: `audited.${org.slug}@audit.test`, name: 'Audited Person', role: 'INTERVIEWER' },
    });
    const target = org.members.HIRING_MANAGER;
    await admin.ok(CHANGE_ROLE, { input: { memberId: target.membershipId, role: 'RECRUITER', version: 1 } });
    expect(errorOf(await admin.request(CHANGE_ROLE, { input: { memberId: target.membershipId, role: 'ADMIN', version: 1 } })).code).toBe(
      'CONFLICT',
    );
    await admin.ok(DEACTIVATE, { id: target.membershipId });
    await admin.ok(REACTIVATE, { id: target.membershipId });

    const actions = (await eventsOf({ actorId: org.members.INTERVIEWER.userId })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['session.signed_in', 'session.signed_out']));
    const memberEvents = await eventsOf({ targetType: 'member', targetId: target.membershipId });
    expect(memberEvents.map((e) => e.action)).toEqual(['member.reactivated', 'member.deactivated', 'member.role_changed']);
    expect(memberEvents[2].details).toEqual(
      expect.arrayContaining([
        { key: 'from', value: 'HIRING_MANAGER' },
        { key: 'to', value: 'RECRUITER' },
      ]),
    );
    expect((await eventsOf({ targetType: 'member', targetId: addMember.member.id })).map((e) => e.action)).toEqual(['member.invited']);
  });

  it('records denied access: a forbidden operation, and an id of another organization asked for', async () => {
    const interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
    expect(errorOf(await interviewer.request(`{ members { id } }`)).code).toBe('FORBIDDEN');
    const other = await createOrganization(t.db, 'audit-other');
    const foreign = other.members.RECRUITER.membershipId;
    expect(errorOf(await admin.request(`query ($id: ID!) { member(memberId: $id) { id } }`, { id: foreign })).code).toBe('NOT_FOUND');

    const denied = await eventsOf({ action: 'access.denied' });
    expect(denied).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorId: org.members.INTERVIEWER.userId,
          details: expect.arrayContaining([{ key: 'answer', value: 'FORBIDDEN' }]),
        }),
        expect.objectContaining({ actorId: org.members.ADMIN.userId, targetType: 'member', targetId: foreign }),
      ]),
    );
  });

  it('pages with a keyset cursor, filters by date, exports CSV, and stays inside the organization', async () => {
    const all = await eventsOf({});
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { auditEvents: { events: AuditEvent[]; nextCursor: string | null } } = await admin.ok(EVENTS, {
        filter: {},
        first: 7,
        after,
      });
      seen.push(...page.auditEvents.events.map((e) => e.id));
      after = page.auditEvents.nextCursor;
    } while (after);
    expect(seen).toEqual(all.map((e) => e.id));
    expect(await eventsOf({ from: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);

    const { auditEventsCsv } = await admin.ok<{ auditEventsCsv: { content: string } }>(CSV, { filter: { action: 'session.signed_in' } });
    expect(auditEventsCsv.content.split('\n')[0]).toContain('When (UTC),Who,Actor id,Action');
    expect(auditEventsCsv.content).toContain(`${org.members.ADMIN.email},${org.members.ADMIN.userId},session.signed_in`);

    const stranger = await signedIn(t.client(), (await createOrganization(t.db, 'audit-stranger')).members.ADMIN);
    const theirs = await eventsOf({}, stranger);
    expect(theirs.every((e) => !all.some((mine) => mine.id === e.id))).toBe(true);
    for (const role of ['HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'] as const) {
      const client = await signedIn(t.client(), org.members[role]);
      expect(errorOf(await client.request(EVENTS, {})).code).toBe('FORBIDDEN');
      expect(errorOf(await client.request(CSV, {})).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await admin.request(EVENTS, { filter: { action: 'made.up' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'action' });
    expect(errorOf(await admin.request(EVENTS, { after: 'not-a-cursor' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('is append-only, and the retention job prunes only what is past the organization’s setting', async () => {
    await expect(t.db.query(`UPDATE audit_events SET action = 'audit.pruned' WHERE organization_id = $1`, [org.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`DELETE FROM audit_events WHERE organization_id = $1`, [org.id])).rejects.toThrow(/append-only/);

    expect(errorOf(await admin.request(RETENTION, { days: 7 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'days' });
    await admin.ok(RETENTION, { days: 90 });
    await t.db.query(
      `INSERT INTO audit_events (organization_id, action, occurred_at) VALUES ($1, 'bank.imported', now() - interval '100 days'), ($1, 'bank.imported', now() - interval '80 days')`,
      [org.id],
    );
    const removed = await t.app.get(AuditRetentionService).prune();
    expect(removed).toBeGreaterThanOrEqual(1);
    const imports = await eventsOf({ action: 'bank.imported' });
    expect(imports).toHaveLength(1);
    const [pruned] = await eventsOf({ action: 'audit.pruned' });
    expect(pruned.details).toEqual([{ key: 'removed', value: '1' }]);
  });
});
