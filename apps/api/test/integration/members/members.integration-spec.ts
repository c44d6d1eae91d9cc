import { createOrganization, PASSWORD, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const MEMBERS = `{ members { id email name role status version } }`;
const ADD = `mutation ($input: AddMemberInput!) { addMember(input: $input) { inviteUrl member { id email role status version } } }`;
const CHANGE_ROLE = `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role version } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateMember(memberId: $id) { id status } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateMember(memberId: $id) { id status } }`;

interface Member {
  id: string;
  email: string;
  role: string;
  status: string;
  version: number;
}

describe('member administration', () => {
  let t: TestApp;
  let org: TestOrganization;
  let admin: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'members');
    admin = await signedIn(t.client(), org.members.ADMIN);
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[]): Promise<number> => {
    const [{ n }] = await t.db.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM ${sql}`, params);
    return Number(n);
  };

  describe('the role matrix', () => {
    it('lets admins, hiring managers and recruiters list members, not interviewers', async () => {
      for (const role of ['ADMIN', 'HIRING_MANAGER', 'RECRUITER'] as const) {
        const client = await signedIn(t.client(), org.members[role]);
        const { members } = await client.ok<{ members: Member[] }>(MEMBERS);
        expect(members.map((m) => m.email).sort()).toEqual(
          Object.values(org.members)
            .map((m) => m.email)
            .sort(),
        );
      }
      const interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
      expect(errorOf(await interviewer.request(MEMBERS)).code).toBe('FORBIDDEN');
    });

    it('forbids an interviewer to add members, and writes nothing', async () => {
      const interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
      const result = await interviewer.request(ADD, { input: { email: 'sneaky@members.test', name: 'Sneaky', role: 'ADMIN' } });
      expect(errorOf(result).code).toBe('FORBIDDEN');
      expect(await count(`users WHERE email = $1`, ['sneaky@members.test'])).toBe(0);
    });

    it('forbids a recruiter to change roles', async () => {
      const recruiter = await signedIn(t.client(), org.members.RECRUITER);
      const result = await recruiter.request(CHANGE_ROLE, {
        input: { memberId: org.members.RECRUITER.membershipId, role: 'ADMIN', version: 1 },
      });
      expect(errorOf(result).code).toBe('FORBIDDEN');
      const [{ role }] = await t.db.query(`SELECT role FROM memberships WHERE id = $1`, [org.members.RECRUITER.membershipId]);
      expect(role).toBe('RECRUITER');
    });

    it('forbids a hiring manager to deactivate anyone', async () => {
      const manager = await signedIn(t.client(), org.members.HIRING_MANAGER);
      expect(errorOf(await manager.request(DEACTIVATE, { id: org.members.INTERVIEWER.membershipId })).code).toBe('FORBIDDEN');
    });
  });

  describe('adding and inviting', () => {
    it('adds a new person with an invitation link they use to choose a password and sign in', async () => {
      const { addMember } = await admin.ok<{ addMember: { inviteUrl: string; member: Member } }>(ADD, {
        input: { email: 'new.hire@members.test', name: 'New Hire', role: 'HIRING_MANAGER' },
      });
      expect(addMember.member).toMatchObject({ email: 'new.hire@members.test', role: 'HIRING_MANAGER', status: 'INVITED' });
      expect(addMember.inviteUrl).toMatch(/\/invite\/[\w-]{40,}$/);
      const token = addMember.inviteUrl.split('/invite/')[1];

      const invitee = t.client();
      const preview = await invitee.ok<{ invitation: { email: string; role: string } }>(
        `query ($token: String!) { invitation(token: $token) { email role organizationName } }`,
        { token },
      );
      expect(preview.invitation).toMatchObject({ email: 'new.hire@members.test', role: 'HIRING_MANAGER' });

      const short = await invitee.request(`mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }`, {
        input: { token, password: 'short' },
      });
      expect(errorOf(short)).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });

      const accepted = await invitee.ok<{ acceptInvitation: { role: string } }>(
        `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }`,
        { input: { token, password: 'a long new password' } },
      );
      expect(accepted.acceptInvitation.role).toBe('HIRING_MANAGER');
      expect((await invitee.ok<{ me: { role: string } }>(`{ me { role } }`)).me.role).toBe('HIRING_MANAGER');

      // The link is spent.
      const again = await t.client().request(`mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }`, {
        input: { token, password: 'another long password' },
      });
      expect(errorOf(again)).toEqual({ code: 'NOT_FOUND', field: 'token' });
      expect((await t.client().login('new.hire@members.test', 'a long new password')).errors).toBeUndefined();
    });

    it('invites a person who already has an account elsewhere exactly as a new person: pending, with the name typed here', async () => {
      const elsewhere = await createOrganization(t.db, 'elsewhere');
      const ADD_NAMED = ADD.replace('member { id email', 'member { id name email');
      const existing = await admin.ok<{ addMember: { inviteUrl: string; member: Member & { name: string } } }>(ADD_NAMED, {
        input: { email: elsewhere.members.RECRUITER.email.toUpperCase(), name: 'Typed Name', role: 'INTERVIEWER' },
      });
      const fresh = await admin.ok<{ addMember: { inviteUrl: string; member: Member & { name: string } } }>(ADD_NAMED, {
        input: { email: 'brand.new@members.test', name: 'Typed Name', role: 'INTERVIEWER' },
      });
      for (const { addMember } of [existing, fresh]) {
        expect(addMember.member.status).toBe('INVITED');
        expect(addMember.member.name).toBe('Typed Name');
        expect(addMember.inviteUrl).toMatch(/\/invite\/[\w-]{40,}$/);
      }
      expect(existing.addMember.member.email).toBe(elsewhere.members.RECRUITER.email.toUpperCase());
    });

    it('answers CONFLICT on the email field for an existing member, writing nothing', async () => {
      const before = await count(`memberships WHERE organization_id = $1`, [org.id]);
      const result = await admin.request(ADD, { input: { email: org.members.RECRUITER.email, name: 'Again', role: 'ADMIN' } });
      expect(errorOf(result)).toEqual({ code: 'CONFLICT', field: 'email' });
      expect(await count(`memberships WHERE organization_id = $1`, [org.id])).toBe(before);
    });

    it.each([
      [{ email: 'not-an-email', name: 'X', role: 'ADMIN' }, 'email'],
      [{ email: 'ok@members.test', name: '', role: 'ADMIN' }, 'name'],
      [{ email: 'ok@members.test', name: 'x'.repeat(121), role: 'ADMIN' }, 'name'],
      [{ email: `${'x'.repeat(250)}@members.test`, name: 'X', role: 'ADMIN' }, 'email'],
    ])('rejects %j naming the field %s', async (input, field) => {
      const result = await admin.request(ADD, { input });
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await count(`users WHERE email = $1`, [input.email])).toBe(0);
    });

    it('rejects an unknown role through the schema', async () => {
      const result = await admin.request(ADD, { input: { email: 'x@members.test', name: 'X', role: 'OWNER' } });
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    });

    it('limits the length of an invitation token', async () => {
      const result = await t
        .client()
        .request(`query ($token: String!) { invitation(token: $token) { email } }`, { token: 'x'.repeat(5000) });
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
    });

    it('issues a new invitation link and retires the old one', async () => {
      const { addMember } = await admin.ok<{ addMember: { inviteUrl: string; member: Member } }>(ADD, {
        input: { email: 'lost.link@members.test', name: 'Lost Link', role: 'INTERVIEWER' },
      });
      const { reissueInvitation } = await admin.ok<{ reissueInvitation: { inviteUrl: string } }>(
        `mutation ($id: ID!) { reissueInvitation(memberId: $id) { inviteUrl } }`,
        { id: addMember.member.id },
      );
      expect(reissueInvitation.inviteUrl).not.toBe(addMember.inviteUrl);
      const old = await t.client().request(`query ($token: String!) { invitation(token: $token) { email } }`, {
        token: addMember.inviteUrl.split('/invite/')[1],
      });
      expect(errorOf(old).code).toBe('NOT_FOUND');
    });
  });

  describe('roles and deactivation take effect on the next request', () => {
    it('a role change applies to an existing session at once', async () => {
      const org2 = await createOrganization(t.db, 'promote');
      const admin2 = await signedIn(t.client(), org2.members.ADMIN);
      const interviewer = await signedIn(t.client(), org2.members.INTERVIEWER);
      expect(errorOf(await interviewer.request(MEMBERS)).code).toBe('FORBIDDEN');
      await admin2.ok(CHANGE_ROLE, { input: { memberId: org2.members.INTERVIEWER.membershipId, role: 'RECRUITER', version: 1 } });
      expect((await interviewer.ok<{ members: Member[] }>(MEMBERS)).members).toHaveLength(4);
    });

    it('a deactivated member is signed out on their next request and can be reactivated', async () => {
      const org2 = await createOrganization(t.db, 'deact');
      const admin2 = await signedIn(t.client(), org2.members.ADMIN);
      const recruiter = await signedIn(t.client(), org2.members.RECRUITER);
      expect(
        (await admin2.ok<{ deactivateMember: Member }>(DEACTIVATE, { id: org2.members.RECRUITER.membershipId })).deactivateMember.status,
      ).toBe('DEACTIVATED');
      expect(errorOf(await recruiter.request(`{ me { role } }`)).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await t.client().login(org2.members.RECRUITER.email, PASSWORD)).code).toBe('UNAUTHENTICATED');
      await admin2.ok(REACTIVATE, { id: org2.members.RECRUITER.membershipId });
      expect((await t.client().login(org2.members.RECRUITER.email, PASSWORD)).errors).toBeUndefined();
    });

    it('keeps the last active admin: no self-deactivation, no demotion of the only admin', async () => {
      const org2 = await createOrganization(t.db, 'lastadmin');
      const admin2 = await signedIn(t.client(), org2.members.ADMIN);
      expect(errorOf(await admin2.request(DEACTIVATE, { id: org2.members.ADMIN.membershipId }))).toEqual({
        code: 'CONFLICT',
        field: 'memberId',
      });
      expect(
        errorOf(await admin2.request(CHANGE_ROLE, { input: { memberId: org2.members.ADMIN.membershipId, role: 'RECRUITER', version: 1 } })),
      ).toEqual({ code: 'CONFLICT', field: 'memberId' });
      const [{ role }] = await t.db.query(`SELECT role FROM memberships WHERE id = $1`, [org2.members.ADMIN.membershipId]);
      expect(role).toBe('ADMIN');
    });
  });

  describe('optimistic concurrency', () => {
    it('two admins changing the same member from the same version: exactly one CONFLICT', async () => {
      const org2 = await createOrganization(t.db, 'race');
      const secondAdminEmail = org2.members.HIRING_MANAGER.email;
      const first = await signedIn(t.client(), org2.members.ADMIN);
      await first.ok(CHANGE_ROLE, { input: { memberId: org2.members.HIRING_MANAGER.membershipId, role: 'ADMIN', version: 1 } });
      const second = t.client();
      await second.login(secondAdminEmail, PASSWORD);
      const target = org2.members.INTERVIEWER.membershipId;
      const results = await Promise.all([
        first.request(CHANGE_ROLE, { input: { memberId: target, role: 'RECRUITER', version: 1 } }),
        second.request(CHANGE_ROLE, { input: { memberId: target, role: 'HIRING_MANAGER', version: 1 } }),
      ]);
      const codes = results.map((r) => errorOf(r).code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const [{ version }] = await t.db.query(`SELECT version FROM memberships WHERE id = $1`, [target]);
      expect(version).toBe(2);
    });
  });

  describe('tenancy', () => {
    it("never reads or changes another organization's member, by any id", async () => {
      const other = await createOrganization(t.db, 'tenant');
      const victim = other.members.RECRUITER.membershipId;
      const read = await admin.request(`query ($id: ID!) { member(memberId: $id) { email } }`, { id: victim });
      expect(errorOf(read)).toEqual({ code: 'NOT_FOUND', field: 'memberId' });
      expect(errorOf(await admin.request(CHANGE_ROLE, { input: { memberId: victim, role: 'ADMIN', version: 1 } })).code).toBe('NOT_FOUND');
      expect(errorOf(await admin.request(DEACTIVATE, { id: victim })).code).toBe('NOT_FOUND');
      expect(errorOf(await admin.request(REACTIVATE, { id: victim })).code).toBe('NOT_FOUND');
      expect(
        errorOf(await admin.request(`mutation ($id: ID!) { reissueInvitation(memberId: $id) { inviteUrl } }`, { id: victim })).code,
      ).toBe('NOT_FOUND');
      const [row] = await t.db.query(`SELECT role, status, version FROM memberships WHERE id = $1`, [victim]);
      expect(row).toEqual({ role: 'RECRUITER', status: 'ACTIVE', version: 1 });
      const { members } = await admin.ok<{ members: Member[] }>(MEMBERS);
      expect(members.some((m) => m.email === other.members.RECRUITER.email)).toBe(false);
    });

    it('rejects a malformed member id naming the argument', async () => {
      expect(errorOf(await admin.request(DEACTIVATE, { id: "x'; DROP TABLE users; --" }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'memberId',
      });
    });
  });
});
