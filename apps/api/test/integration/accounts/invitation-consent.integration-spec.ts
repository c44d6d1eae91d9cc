import { createOrganization, PASSWORD, signedIn, type TestOrganization } from '../../support/fixtures';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const ADD = `mutation ($input: AddMemberInput!) { addMember(input: $input) { inviteUrl expiresAt member { id name email status } } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { organization { id } role } }`;
const ACCEPT_SIGNED_IN = `mutation ($token: String!) { acceptInvitationSignedIn(token: $token) { organization { id } role memberships { organization { id } } } }`;
const SWITCH = `mutation ($id: ID!) { switchOrganization(organizationId: $id) { organization { id } role } }`;
const ME = `{ me { organization { id } role memberships { organization { id } role } } }`;
const PREVIEW = `query ($token: String!) { invitation(token: $token) { email name organizationName role expiresAt } }`;
const REISSUE = `mutation ($id: ID!) { reissueInvitation(memberId: $id) { inviteUrl } }`;
const REVOKE = `mutation ($id: ID!) { revokeInvitation(memberId: $id) }`;

const ATTACKER_PASSWORD = 'attacker chose this one';
const tokenOf = (inviteUrl: string) => inviteUrl.split('/invite/')[1];

interface Added {
  addMember: { inviteUrl: string; member: { id: string; name: string; email: string; status: string } };
}

describe('membership only by consent', () => {
  let t: TestApp;
  let orgA: TestOrganization;
  let orgB: TestOrganization;
  let adminA: GraphQLTestClient;
  let adminB: GraphQLTestClient;

  beforeAll(async () => {
    t = await startTestApp();
    [orgA, orgB] = [await createOrganization(t.db, 'consent-a'), await createOrganization(t.db, 'consent-b')];
    [adminA, adminB] = [await signedIn(t.client(), orgA.members.ADMIN), await signedIn(t.client(), orgB.members.ADMIN)];
  });
  afterAll(() => t.close());

  const invite = (admin: GraphQLTestClient, email: string, role = 'INTERVIEWER', name = 'Invited Person') =>
    admin.ok<Added>(ADD, { input: { email, name, role } }).then((r) => r.addMember);
  const statusIn = async (organizationId: string, email: string) => {
    const rows = await t.db.query<Array<{ status: string }>>(
      `SELECT m.status FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 AND lower(u.email) = lower($2)`,
      [organizationId, email],
    );
    return rows[0]?.status ?? null;
  };

  it('regression: an admin who claims an invited email through their own link never becomes admin of another organization', async () => {
    const email = `future.cfo.${Date.now()}@corp.test`;
    const linkA = await invite(adminA, email);
    // Org A's admin opens their own link and chooses a password for someone else's email.
    const attacker = t.client();
    await attacker.ok(ACCEPT, { input: { token: tokenOf(linkA.inviteUrl), password: ATTACKER_PASSWORD } });

    // Later org B adds the same email as ADMIN: the account exists, yet it only gets an invitation.
    const linkB = await invite(adminB, email, 'ADMIN');
    expect(linkB.member.status).toBe('INVITED');
    expect(await statusIn(orgB.id, email)).toBe('INVITED');

    const signedInAttacker = t.client();
    expect((await signedInAttacker.login(email, ATTACKER_PASSWORD)).errors).toBeUndefined();
    expect(errorOf(await signedInAttacker.request(SWITCH, { id: orgB.id }))).toEqual({ code: 'NOT_FOUND', field: 'organizationId' });
    const { me } = await signedInAttacker.ok<{ me: { memberships: Array<{ organization: { id: string } }> } }>(ME);
    expect(me.memberships.map((m) => m.organization.id)).toEqual([orgA.id]);
  });

  it('regression: someone B invited cannot be pre-claimed through another organization and then let in through B', async () => {
    const email = `pre.claimed.${Date.now()}@corp.test`;
    const linkB = await invite(adminB, email, 'ADMIN');
    const linkA = await invite(adminA, email);
    const attacker = t.client();
    await attacker.ok(ACCEPT, { input: { token: tokenOf(linkA.inviteUrl), password: ATTACKER_PASSWORD } });

    // B's link can no longer set a password: the account is claimed, and only its password accepts.
    const victim = t.client();
    const result = await victim.request(ACCEPT, { input: { token: tokenOf(linkB.inviteUrl), password: 'the real person picks this' } });
    expect(errorOf(result)).toEqual({ code: 'UNAUTHENTICATED', field: 'password' });
    expect(await statusIn(orgB.id, email)).toBe('INVITED');
    // Nor can the attacker's session reach B without B's token.
    expect(errorOf(await attacker.request(SWITCH, { id: orgB.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await attacker.request(ACCEPT_SIGNED_IN, { token: tokenOf(linkA.inviteUrl) })).code).toBe('NOT_FOUND');
  });

  it('claiming an account through a link ends any session it had', async () => {
    const email = `claimed.${Date.now()}@corp.test`;
    const link = await invite(adminA, email);
    const [{ user_id }] = await t.db.query(`SELECT user_id FROM memberships WHERE id = $1`, [link.member.id]);
    const [{ id: stale }] = await t.db.query(
      `INSERT INTO sessions (user_id, organization_id, expires_at) VALUES ($1, $2, now() + interval '1 hour') RETURNING id`,
      [user_id, orgA.id],
    );
    await t.client().ok(ACCEPT, { input: { token: tokenOf(link.inviteUrl), password: 'a brand new passphrase' } });
    const [{ revoked_at }] = await t.db.query(`SELECT revoked_at FROM sessions WHERE id = $1`, [stale]);
    expect(revoked_at).not.toBeNull();
  });

  it('never shows the admin the name an existing account chose elsewhere, in the answer, the list or the link preview', async () => {
    const recruiterB = orgB.members.RECRUITER;
    const link = await invite(adminA, recruiterB.email, 'INTERVIEWER', 'Name Typed By A');
    expect(link.member.name).toBe('Name Typed By A');
    const { invitation } = await t
      .client()
      .ok<{ invitation: { name: string; email: string } }>(PREVIEW, { token: tokenOf(link.inviteUrl) });
    expect(invitation).toMatchObject({ name: 'Name Typed By A', email: recruiterB.email });
    const { members } = await adminA.ok<{ members: Array<{ name: string }> }>(`{ members { name } }`);
    expect(members.map((m) => m.name)).not.toContain(recruiterB.name);
  });

  it('an existing account joins while signed in, and then moves between both organizations', async () => {
    const person = orgB.members.HIRING_MANAGER;
    const link = await invite(adminA, person.email, 'RECRUITER');
    const client = await signedIn(t.client(), person);
    const joined = await client.ok<{ acceptInvitationSignedIn: { organization: { id: string }; role: string; memberships: unknown[] } }>(
      ACCEPT_SIGNED_IN,
      { token: tokenOf(link.inviteUrl) },
    );
    expect(joined.acceptInvitationSignedIn).toMatchObject({ organization: { id: orgA.id }, role: 'RECRUITER' });
    expect(joined.acceptInvitationSignedIn.memberships).toHaveLength(2);
    expect((await client.ok<{ switchOrganization: { role: string } }>(SWITCH, { id: orgB.id })).switchOrganization.role).toBe(
      'HIRING_MANAGER',
    );
    expect((await client.ok<{ switchOrganization: { role: string } }>(SWITCH, { id: orgA.id })).switchOrganization.role).toBe('RECRUITER');
    // The link is spent.
    expect(errorOf(await client.request(ACCEPT_SIGNED_IN, { token: tokenOf(link.inviteUrl) })).code).toBe('NOT_FOUND');
  });

  it('refuses an invitation accepted by a different signed-in account, changing nothing', async () => {
    const link = await invite(adminA, `someone.else.${Date.now()}@corp.test`);
    const other = await signedIn(t.client(), orgB.members.INTERVIEWER);
    expect(errorOf(await other.request(ACCEPT_SIGNED_IN, { token: tokenOf(link.inviteUrl) }))).toEqual({
      code: 'FORBIDDEN',
      field: 'token',
    });
    expect(await statusIn(orgA.id, link.member.email)).toBe('INVITED');
  });

  it('signed out, an existing account accepts with its own password; a wrong one changes nothing', async () => {
    const person = orgB.members.INTERVIEWER;
    const link = await invite(adminA, person.email, 'HIRING_MANAGER');
    const wrong = await t.client().request(ACCEPT, { input: { token: tokenOf(link.inviteUrl), password: 'not the password at all' } });
    expect(errorOf(wrong)).toEqual({ code: 'UNAUTHENTICATED', field: 'password' });
    expect(await statusIn(orgA.id, person.email)).toBe('INVITED');
    const { acceptInvitation } = await t.client().ok<{ acceptInvitation: { organization: { id: string }; role: string } }>(ACCEPT, {
      input: { token: tokenOf(link.inviteUrl), password: PASSWORD },
    });
    expect(acceptInvitation).toEqual({ organization: { id: orgA.id }, role: 'HIRING_MANAGER' });
    // Its password was not changed by the link.
    expect((await t.client().login(person.email, PASSWORD)).errors).toBeUndefined();
  });

  it('a new person must choose a password that passes the policy', async () => {
    const link = await invite(adminA, `weak.${Date.now()}@corp.test`);
    const result = await t.client().request(ACCEPT, { input: { token: tokenOf(link.inviteUrl), password: 'password123' } });
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await statusIn(orgA.id, link.member.email)).toBe('INVITED');
  });

  it('invitations expire, can be re-sent (the old link dies) and revoked (membership and unclaimed account go)', async () => {
    const email = `lifecycle.${Date.now()}@corp.test`;
    const first = await invite(adminA, email);
    const { reissueInvitation } = await adminA.ok<{ reissueInvitation: { inviteUrl: string } }>(REISSUE, { id: first.member.id });
    expect(errorOf(await t.client().request(PREVIEW, { token: tokenOf(first.inviteUrl) }))).toEqual({ code: 'NOT_FOUND', field: 'token' });
    expect((await t.client().request(PREVIEW, { token: tokenOf(reissueInvitation.inviteUrl) })).errors).toBeUndefined();

    await t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE membership_id = $1`, [first.member.id]);
    expect(errorOf(await t.client().request(PREVIEW, { token: tokenOf(reissueInvitation.inviteUrl) })).code).toBe('NOT_FOUND');

    expect((await adminA.ok<{ revokeInvitation: boolean }>(REVOKE, { id: first.member.id })).revokeInvitation).toBe(true);
    expect(await statusIn(orgA.id, email)).toBeNull();
    expect(await t.db.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [email])).toHaveLength(0);
  });

  it('revoking refuses a member who has joined, and another organization’s member id is not found', async () => {
    expect(errorOf(await adminA.request(REVOKE, { id: orgA.members.RECRUITER.membershipId }))).toEqual({
      code: 'CONFLICT',
      field: 'memberId',
    });
    expect(errorOf(await adminA.request(REVOKE, { id: orgB.members.RECRUITER.membershipId }))).toEqual({
      code: 'NOT_FOUND',
      field: 'memberId',
    });
    expect(errorOf(await adminA.request(REISSUE, { id: orgB.members.RECRUITER.membershipId })).code).toBe('NOT_FOUND');
  });
});
