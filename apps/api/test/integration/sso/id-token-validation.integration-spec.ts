import type { Logger } from '@nestjs/common';
import { SsoController } from '../../../src/sso/sso.controller';
import { createOrganization, signedIn, type TestOrganization } from '../../support/fixtures';
import { startMisbehavingIssuer, type IdTokenDefect, type MisbehavingIssuer } from '../../support/oidc/misbehaving-issuer';
import { configureSso, finishSignIn, PUBLIC_URL, setsSession, startSignIn, type Redirect } from '../../support/oidc/single-sign-on';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * ID tokens that are well formed and well signed but wrong in one way must not sign anyone in.
 * The provider here answers a code at once, so every attempt is a complete, fresh round trip.
 */
describe('single sign-on refuses a defective ID token', () => {
  let t: TestApp;
  let issuer: MisbehavingIssuer;
  let org: TestOrganization;
  let people = 0;

  async function signInWith(defect: IdTokenDefect): Promise<Redirect> {
    issuer.answerWith(defect);
    people += 1;
    issuer.assert({ sub: `subject-${defect}-${people}`, email: `person.${people}.${org.slug}@corp.test` });
    const browser = t.client();
    const start = await startSignIn(browser, org.slug);
    const authorize = await fetch(start.location, { redirect: 'manual' });
    return finishSignIn(browser, authorize.headers.get('location')!);
  }

  beforeAll(async () => {
    [t, issuer] = await Promise.all([startTestApp({ PUBLIC_URL }), startMisbehavingIssuer()]);
    org = await createOrganization(t.db, 'tokens');
    const admin = await signedIn(t.client(), org.members.ADMIN);
    await configureSso(admin, { issuer: issuer.issuer, clientId: issuer.clientId, clientSecret: issuer.clientSecret });
  }, 60_000);
  afterAll(async () => {
    await Promise.all([t?.close(), issuer?.stop()]);
  });

  it('signs in with a correct ID token from the same provider (so the refusals below are about the defect)', async () => {
    const done = await signInWith('valid');
    expect(done.location).toBe('/');
    expect(setsSession(done)).toBe(true);
  });

  it.each<[IdTokenDefect, RegExp]>([
    ['wrong-audience', /"aud" \(audience\) claim/],
    ['wrong-nonce', /"nonce" claim/],
    ['foreign-signature', /signature verification failed/],
  ])('refuses an ID token with a %s', async (defect, reason) => {
    const logger = (t.app.get<SsoController>(SsoController) as unknown as { logger: Logger }).logger;
    const warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
    const refused = await signInWith(defect);
    const reasons = warn.mock.calls.map(([message]) => String(message));
    warn.mockRestore();

    expect(refused).toMatchObject({ status: 302, location: '/login?error=sso_failed' });
    // Refused for its one defect, not for anything else in the round trip.
    expect(reasons).toEqual([expect.stringMatching(reason)]);
    expect(setsSession(refused)).toBe(false);
    const [created] = await t.db.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM user_identities WHERE organization_id = $1 AND subject LIKE $2`,
      [org.id, `subject-${defect}-%`],
    );
    expect(created.n).toBe('0');
  });
});
