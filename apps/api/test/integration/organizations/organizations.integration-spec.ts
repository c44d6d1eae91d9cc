import { OrganizationsService } from '../../../src/organizations/organizations.service';
import { createOrganization, PASSWORD, signedIn, type TestOrganization } from '../../support/fixtures';
import { statementsOf } from '../../support/statements';
import { errorOf, startTestApp, type GraphQLTestClient, type TestApp } from '../../support/test-app';

const CREATE = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { organization { id name slug } role canCreateOrganization memberships { organization { id } } }
}`;
const ME = `{ me { organization { id } role canCreateOrganization } }`;
const SETTINGS = `{ organizationSettings { id name slug version passwordSignIn } }`;
const RENAME = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name version } }`;
const PASSWORD_SIGN_IN = `mutation ($enabled: Boolean!) { setPasswordSignIn(enabled: $enabled) { passwordSignIn } }`;
const SWITCH = `mutation ($id: ID!) { switchOrganization(organizationId: $id) { organization { id } } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { organization { id name } role } }`;

interface Created {
  createOrganization: { organization: { id: string; name: string; slug: string }; role: string; memberships: unknown[] };
}

describe('organizations', () => {
  let t: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t.db, 'orgs');
  });
  afterAll(() => t.close());

  it('anyone signed in creates an organization, becomes its admin there, and keeps the first one', async () => {
    const interviewer = await signedIn(t.client(), org.members.INTERVIEWER);
    const { createOrganization: created } = await interviewer.ok<Created>(CREATE, { input: { name: '  Acme Talent  ' } });
    expect(created.organization).toMatchObject({ name: 'Acme Talent', slug: expect.stringMatching(/^acme-talent/) });
    expect(created.role).toBe('ADMIN');
    expect(created.memberships).toHaveLength(2);
    const { me } = await interviewer.ok<{ me: { organization: { id: string }; role: string } }>(ME);
    expect(me).toMatchObject({ organization: { id: created.organization.id }, role: 'ADMIN' });
    // The same name again gets its own short name.
    const again = await interviewer.ok<Created>(CREATE, { input: { name: 'Acme Talent' } });
    expect(again.createOrganization.organization.slug).not.toBe(created.organization.slug);
    expect((await interviewer.ok<{ switchOrganization: unknown }>(SWITCH, { id: org.id })).switchOrganization).toBeTruthy();
  });

  it.each([[''], ['   '], ['x'.repeat(121)]])('refuses the name %j, naming the field', async (name) => {
    const admin = await signedIn(t.client(), org.members.ADMIN);
    expect(errorOf(await admin.request(CREATE, { input: { name } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  describe('settings', () => {
    let admin: GraphQLTestClient;
    beforeAll(async () => {
      admin = await signedIn(t.client(), org.members.ADMIN);
    });

    it('only admins read and change them', async () => {
      for (const role of ['HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'] as const) {
        const client = await signedIn(t.client(), org.members[role]);
        expect(errorOf(await client.request(SETTINGS)).code).toBe('FORBIDDEN');
        expect(errorOf(await client.request(RENAME, { input: { name: 'Hijacked', version: 1 } })).code).toBe('FORBIDDEN');
      }
    });

    it('renames with the version checked in the update', async () => {
      const { organizationSettings } = await admin.ok<{ organizationSettings: { id: string; version: number } }>(SETTINGS);
      expect(organizationSettings.id).toBe(org.id);
      const { updateOrganization } = await admin.ok<{ updateOrganization: { name: string; version: number } }>(RENAME, {
        input: { name: 'Renamed Org', version: organizationSettings.version },
      });
      expect(updateOrganization).toEqual({ name: 'Renamed Org', version: organizationSettings.version + 1 });
      const stale = await admin.request(RENAME, { input: { name: 'Stale Write', version: organizationSettings.version } });
      expect(errorOf(stale)).toEqual({ code: 'CONFLICT', field: 'version' });
      const [{ name }] = await t.db.query(`SELECT name FROM organizations WHERE id = $1`, [org.id]);
      expect(name).toBe('Renamed Org');
    });

    it('password sign-in cannot be switched off without single sign-on; once off, password sessions stop working there', async () => {
      const local = await createOrganization(t.db, 'sso-only');
      const localAdmin = await signedIn(t.client(), local.members.ADMIN);
      const member = await signedIn(t.client(), local.members.RECRUITER);
      expect(errorOf(await localAdmin.request(PASSWORD_SIGN_IN, { enabled: false }))).toEqual({ code: 'CONFLICT', field: 'enabled' });

      await t.db.query(
        `INSERT INTO sso_connections (organization_id, issuer, client_id, client_secret, allowed_domains) VALUES ($1, 'https://idp.example.com', 'panelist', 'secret', '{}')`,
        [local.id],
      );
      expect(
        (await localAdmin.ok<{ setPasswordSignIn: { passwordSignIn: boolean } }>(PASSWORD_SIGN_IN, { enabled: false })).setPasswordSignIn,
      ).toEqual({
        passwordSignIn: false,
      });
      expect(errorOf(await member.request(ME)).code).toBe('UNAUTHENTICATED');
      const login = await t.client().login(local.members.RECRUITER.email, PASSWORD);
      expect(login.errors?.[0].message).toBe('Email or password is incorrect.');
    });
  });

  it('the first admin of a new install is invited by a one-time link accepted like any invitation', async () => {
    const service = t.app.get(OrganizationsService);
    const email = `first.admin.${Date.now()}@new-install.test`;
    const { organization, inviteUrl } = await service.createWithFirstAdmin({ name: 'New Install', adminEmail: email });
    expect(organization.slug).toMatch(/^new-install/);
    const { acceptInvitation } = await t.client().ok<{ acceptInvitation: { organization: { id: string }; role: string } }>(ACCEPT, {
      input: { token: inviteUrl.split('/invite/')[1], password: 'first admin passphrase' },
    });
    expect(acceptInvitation).toEqual({ organization: { id: organization.id, name: 'New Install' }, role: 'ADMIN' });
  });

  // Last: passport keeps the strategy of the newest app, so apps started here would answer for `t` afterwards.
  describe('ALLOW_ORGANIZATION_CREATION', () => {
    it('admins: only people who administer an organization may create another', async () => {
      const restricted = await startTestApp({ ALLOW_ORGANIZATION_CREATION: 'admins' });
      try {
        const local = await createOrganization(restricted.db, 'restricted');
        const recruiter = await signedIn(restricted.client(), local.members.RECRUITER);
        expect((await recruiter.ok<{ me: { canCreateOrganization: boolean } }>(ME)).me.canCreateOrganization).toBe(false);
        expect(errorOf(await recruiter.request(CREATE, { input: { name: 'Side Project' } })).code).toBe('FORBIDDEN');
        const admin = await signedIn(restricted.client(), local.members.ADMIN);
        const { statements, result } = await statementsOf(() => admin.ok<{ me: { canCreateOrganization: boolean } }>(ME));
        expect(result.me.canCreateOrganization).toBe(true);
        // Whether they administer an organization comes from the memberships `me` reads anyway.
        expect(statements).toBe(1);
        expect((await admin.ok<Created>(CREATE, { input: { name: 'Second Team' } })).createOrganization.role).toBe('ADMIN');
      } finally {
        await restricted.close();
      }
    });

    it('false: nobody creates organizations through the app', async () => {
      const closed = await startTestApp({ ALLOW_ORGANIZATION_CREATION: 'false' });
      try {
        const admin = await signedIn(closed.client(), (await createOrganization(closed.db, 'closed')).members.ADMIN);
        expect(errorOf(await admin.request(CREATE, { input: { name: 'Nope' } })).code).toBe('FORBIDDEN');
      } finally {
        await closed.close();
      }
    });

    it('anything else stops the start-up with a clear message', async () => {
      await expect(startTestApp({ ALLOW_ORGANIZATION_CREATION: 'maybe' })).rejects.toThrow(/ALLOW_ORGANIZATION_CREATION must be/);
    });
  });
});
